import { anyOf, type Rule } from './rules';

const CLOSED_DOOR_WHY = 'Ending it with no way back can feel like a closed door.';
const END = '(?= ?(?:[.!,;]|$))';

/**
 * Stonewalling: withdrawing from the conversation. A curt one-word answer,
 * a dismissal ("whatever.", "forget it"), refusing to talk, "I'm done", or
 * leaving. Those marked `returnable` become a repair attempt when the message
 * says when they will come back (check.ts): a break, not a wall.
 */
export const STONEWALLING_RULES: readonly Rule[] = [
  {
    label: 'stonewalling',
    pattern: anyOf(
      '^(?:ok|okay|k|kk|fine|whatever|noted|sure thing|bye|nope|nah|not interested|not happening|do whatever|can we just not|whatever then|fine then)[.!]*$',
    ),
    why: 'A one-word reply can read as shutting the door.',
    weight: 2,
  },
  {
    label: 'stonewalling',
    pattern: anyOf(
      `(?:^|[.!?;,] )(?:whatever|fine|forget it|never ?mind|drop it|go away|leave it|just leave it|conversation over|enough|so be it|not now|save it|just stop|stop it|stop|whatever you say)(?:[.!]+|$|,(?= ?(?:i|i'm|do|just|leave|forget|whatever|fine)\\b))`,
      `\\bdo (?:whatever|what) you (?:want|like)${END}`,
      '\\btalk to the hand\\b',
      "(?:^|[.!?] )(?:just )?don't[.!]+",
      `\\bi (?:really |just )?(?:don't|do not) care(?: anymore| any more)?${END}`,
      '\\bend of (?:story|discussion)\\b',
      "(?:^|[.!?,] )(?:it )?(?:doesn't|does not) matter(?= ?(?:[.!]|$))",
    ),
    why: CLOSED_DOOR_WHY,
  },
  {
    label: 'stonewalling',
    pattern: anyOf(
      '\\bleave me alone\\b',
      "\\b(?:don't|do not|stop) (?:talk(?:ing)? to me|text(?:ing)? me|call(?:ing)? me|messag(?:e|ing) me|follow(?:ing)? me|bother(?:ing)? me)\\b",
      "\\bdon't wait up\\b",
      "\\bdon't bother (?:waiting|calling|texting|asking)\\b",
      '\\b(?:switching|turning|putting) (?:my )?phone (?:off|away)\\b',
      `\\bi(?:'m| am) (?:out|leaving|off|going out|out of here|outta here|going to bed|going for a drive|walking out|going to my room|off to bed|going to the other room)${END}`,
    ),
    why: 'Leaving with no time to come back can feel like a closed door; saying when you will be back helps.',
    returnable: true,
  },
  {
    label: 'stonewalling',
    pattern: anyOf(
      "\\b(?:don't|do not|won't|will not) (?:want to |wanna )?(?:talk|discuss|answer|hear it|deal with (?:this|it|you)|do this)\\b",
      '\\bnot (?:talking|discussing|doing this|answering|responding|replying|going to (?:talk|discuss|answer|respond|reply))\\b',
      '\\bnothing (?:more )?to (?:talk about|say|discuss)\\b',
      '\\b(?:this|it|this conversation) is (?:pointless|over)\\b',
      "\\bthere(?:'s| is) no point\\b",
      '\\bi give up\\b',
      '\\bnot in the mood (?:to|for)\\b',
      "\\bi(?:'m| am) not listening\\b",
      '(?:^|[.!?] )no comment(?=[.!]*$|[.!] )',
      `\\bthink (?:what|whatever) you (?:want|like)${END}`,
      "\\b(?:don't|do not) (?:contact|message|ring) me\\b",
      '\\b(?:conversation|discussion|this) is (?:finished|done|closed)\\b',
      "\\b(?:can't|cannot) be bothered\\b",
      "\\b(?:don't|do not) know when i'll be back\\b",
      "\\bi(?:'ll| will|'m going to) sleep (?:in|on) the (?:spare room|couch|sofa)\\b",
      "\\bi (?:can't|cannot) (?:talk to you|do this|deal with (?:you|this))\\b",
      '\\bnot having this (?:conversation|discussion|argument)\\b',
      `\\bwe(?:'re| are) done(?: here)?${END}`,
      `\\bi(?:'m| am) (?:so |just )?(?:done|through|finished)(?: with (?:this|you|it|us|talking|trying|arguing|this conversation|all of this|all this)| for now| trying| talking| caring| arguing)?${END}`,
    ),
    why: CLOSED_DOOR_WHY,
    returnable: true,
  },
];

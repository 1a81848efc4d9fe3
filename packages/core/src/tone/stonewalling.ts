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
      `(?:^|[.!?;,] )(?:whatever|fine|forget it|never ?mind|drop it|leave it|just leave it|conversation over|enough|so be it|save it|just stop|stop it|stop|whatever you say)(?:[.!]+|$|,(?= ?(?:i|i'm|do|just|leave|forget|whatever|fine)\\b))`,
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
    // "Not now" is a wall unless it says what is in the way ("Not now, I'm driving").
    pattern: anyOf('(?:^|[.!?;,] )not now(?:[.!,]|$)'),
    why: CLOSED_DOOR_WHY,
    unless:
      /\bi(?:'m| am) (?:driving|at work|in a meeting|busy|on (?:the phone|a call)|with a (?:client|patient|customer)|cooking)\b/,
  },
  {
    label: 'stonewalling',
    pattern: anyOf(
      '\\bleave me alone\\b',
      `\\b(?:just |please )?go away(?= ?(?:[.!,;]|$| and (?:let|leave)))`,
      '\\b(?:let|leave) me be(?= ?(?:[.!,;]|$|for|until))',
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
      '\\bnot interested in (?:hearing |)your (?:\\w+ )?(?:explanation|excuses?|side|reasons?|story|version|apology|apologies)\\b',
      "\\bi(?:'m| am) not listening\\b(?! to (?!you\\b|me\\b|this\\b|it\\b|that\\b|any))",
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
  {
    label: 'stonewalling',
    // Structure: sending them off to talk to no one ("talk to yourself then"), or saying talking is futile.
    pattern: anyOf(
      '\\b(?:talk|speak|shout|yell|complain|argue|rant) (?:to|at) (?:yourself|the wall|a wall|someone who cares|somebody who cares)\\b',
      `\\b(?:yourself|your way|the wall|someone else|whatever you want|on your own) then${END}`,
      '\\bhave it your (?:way|own way)\\b',
      '\\b(?:pointless|no use|useless|a waste of (?:time|breath)) (?:talking|trying|explaining|arguing|asking)\\b',
      '\\b(?:talking|trying|explaining|arguing)(?: to you| with you)? is (?:pointless|useless|no use|a waste)\\b',
      '\\bwhy (?:do|should|would) i (?:even )?bother\\b',
      "\\bi(?:'ve| have) (?:said|heard) (?:all|everything|enough)\\b",
      '\\bforget i (?:asked|said anything|mentioned it|said it)\\b',
    ),
    why: CLOSED_DOOR_WHY,
  },
  {
    label: 'stonewalling',
    // Structure: refusing the conversation itself (no + talking verb + this), or for good ("not ever", "anymore").
    pattern: anyOf(
      "\\b(?:don't|do not|won't|will not|not going to|refuse to)(?: want to| wanna)? (?:get into|go into|go over|go through|listen to|hear) (?:this|it|that|any of (?:this|it)|you)\\b",
      '\\bnot now,? (?:or |not )?ever\\b',
      '\\b(?:listening|talking|trying|answering|caring)(?: to you)? (?:anymore|any more)\\b',
      `\\b(?:logging|signing) off${END}`,
      '\\b(?:hanging up|going offline|muting (?:you|this|the chat)|blocking you)\\b',
    ),
    why: CLOSED_DOOR_WHY,
    returnable: true,
  },
];

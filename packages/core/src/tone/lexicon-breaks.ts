/** When a break is a break: return times and ways of asking for a pause (see check.ts). */

/** Numbers people write out. */
const NUMBER =
  '\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|a few|a couple of|half an|an|a';

/** A time to come back: "at 7", "in 20 minutes", "after dinner", "tomorrow", "I'll be back". */
export const RETURN_TIME = [
  `\\bat (?:\\d{1,2}(?::\\d\\d)?(?: ?[ap]\\.?m\\.?)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon)\\b`,
  `\\b(?:in|for) (?:${NUMBER}) ?(?:minutes?|mins?|hours?|hrs?)\\b`,
  `\\b(?:${NUMBER}) (?:minutes?|mins?)\\b`,
  '\\bhalf an hour\\b',
  '\\bafter (?:dinner|lunch|breakfast|work|school|the kids|bedtime|this|that|my|your|the)\\b',
  '\\b(?:tonight|tomorrow|later today|this (?:evening|afternoon|weekend)|in the morning|by \\d)\\b',
  "\\b(?:i'll|i will|we'll|we can|let's) (?:be back|come back|come find you|call you|talk|pick (?:this|it) up|finish|try again)\\b",
  '\\b(?:be|come|, )back (?:in|at|after|soon|to|by)\\b',
  "\\bthen (?:we can |let's )?(?:talk|come back|finish|try again)\\b",
  "\\buntil (?:the kids|after|tonight|tomorrow|later|this evening|the morning|we(?:'ve| have)? (?:both )?calmed)\\b",
].join('|');

/** Leaving with no idea of coming back: the return time it names does not count. */
export const NO_RETURN =
  /\b(?:don't|do not|no idea|not sure) (?:know )?when (?:i'll|i will|i'm|i am) (?:be )?(?:back|coming back|home)\b/;

/** Asking for a pause in the conversation (a repair attempt with a return time, stonewalling without). */
export const BREAK_REQUEST = [
  '\\btake (?:a|some|the|another) (?:short |quick |little )?(?:break|breather|walk|minute|moment|pause|step back|beat)\\b',
  '\\bclear my head\\b',
  `\\btake (?:${NUMBER}) ?(?:minutes?|mins?|hours?)\\b`,
  '\\b(?:both )?take (?:five|ten|fifteen|twenty|\\d+)(?: minutes)?\\b',
  '\\bi need (?:a little|a bit of|a|some|an?|more) ?(?:time|space|break|breather|walk|minute|moment|air|hour)\\b',
  '\\b(?:too|so) (?:upset|angry|flooded|worked up|tired|heated|wound up) to (?:talk|think|do this)\\b',
  "\\b(?:getting|i'm|i am|feeling) (?:too |so )?(?:flooded|worked up|heated|wound up)\\b",
  '\\b(?:press|hit) pause\\b',
  '\\btime-?out\\b',
  `\\bgive me (?:${NUMBER}) ?(?:minutes?|mins?|hours?)(?: (?:to (?:cool|calm|think|breathe|settle)|alone|of (?:space|quiet)))\\b`,
  '\\b(?:cool|calm) off\\b',
  '\\bpause (?:until|for|this|here|now)\\b',
  '\\bcan we pause\\b',
  '\\bsleep on it\\b',
  '\\bgive me (?:a|some) (?:break|minute|moment|space) (?:for|until)\\b',
  '\\bpick (?:this|it) up\\b',
  '\\bcome back to (?:this|it)\\b',
  "\\b(?:let me|i need to|i'll|to) (?:cool|calm) down\\b",
  '\\bstep away\\b',
  '\\bi need a (?:walk|minute|moment)\\b',
  "\\b(?:i'm |i am )?(?:going|leaving|heading out|stepping out|off) (?:out )?(?:for a|to take a) (?:walk|drive|run|breather)\\b",
].join('|');

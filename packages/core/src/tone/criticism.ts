import { TRAITS } from './lexicon';
import { anyOf, type Rule } from './rules';

/** "Always" about something good ("you always make me laugh") is praise, not a verdict. */
const KIND_ALWAYS =
  /\b(?:laugh|smile|know (?:how|what)|feel (?:like )?(?:home|good|better|safe|loved|special|welcome)|there for|so kind|thank|the best)\b/;

/** A yes-or-no question about a habit ("Do you always take the 8:15?") asks; it does not judge. */
const HABIT_QUESTION = /^(?:do|are|did|have|will|would|were) you (?:always|never|usually)\b(?![^?]*\bhave to\b)[^?]*\?/;

/** "You never told me when it starts, when is it?": one missed fact, asked about. */
const MISSED_FACT_QUESTION = /^you never (?:told|said|mentioned|sent)\b[^?]*\?$/;

/** "You'll never guess…": news, not a verdict. */
const SURPRISE = /\bnever (?:going to |gonna )?(?:believe|guess)\b/;

/**
 * Criticism: a complaint about the person rather than the situation. The
 * sign is globality ("you always", "you never"), a trait ("you're selfish")
 * or a question about their character ("what's wrong with you?"). Said as a
 * feeling ("I feel like you never…") it is still criticism; check.ts names
 * that in its why.
 */
export const CRITICISM_RULES: readonly Rule[] = [
  {
    label: 'criticism',
    pattern: anyOf("\\byou(?:'re| are| just| really)? (?:always|constantly|forever|continually)\\b"),
    why: '“You always” can sound like a verdict on who they are, not on what happened.',
    unless: new RegExp(`${KIND_ALWAYS.source}|${HABIT_QUESTION.source}`),
  },
  {
    label: 'criticism',
    pattern: anyOf(
      "\\byou(?:'re| are| just| really)? never\\b",
      "\\byou (?:don't|do not|can't|won't) ever\\b",
      "\\b(?:can't|won't) you ever\\b",
      "\\bwhy can(?:no|')t you\\b",
    ),
    why: '“You never” can sound like a verdict on who they are, not on what happened.',
    unless: new RegExp(`${HABIT_QUESTION.source}|${MISSED_FACT_QUESTION.source}|${SURPRISE.source}`),
  },
  {
    label: 'criticism',
    pattern: anyOf(
      `\\byou(?:'re| are| were| can be| seem| sound| act)(?: (?:so|such|being|just|really|always|completely|totally|honestly|incredibly|very|too|a bit|kind of|pretty|truly|the most|utterly))* (?:an? )?(?:${TRAITS})\\b`,
      `\\b(?:how|so) (?:${TRAITS}) (?:of|can) you\\b`,
      `\\bare you (?:so|always|being|this|that|really)(?: (?:so|always|being|this|that|really))* (?:${TRAITS})\\b`,
    ),
    why: 'A word for who they are (“selfish”, “lazy”) is hard to hear; what happened is easier.',
    negatable: true,
  },
  {
    label: 'criticism',
    pattern: anyOf(
      "\\bwhat(?:'s| is) (?:wrong|the matter) with you\\b",
      '\\bwhat kind of (?:a )?(?:person|parent|partner|friend|mother|father|mom|mum|dad|husband|wife|son|daughter)\\b',
      '\\bhow many times do i have to\\b',
      '\\btypical(?: of)? you\\b',
      '\\bthat is so you\\b',
    ),
    why: 'A question about their character tends to start a defence, not a conversation.',
  },
  {
    label: 'criticism',
    pattern: anyOf(
      "\\byou (?:just |even |clearly |obviously )?(?:don't|do not|never) (?:even |really )?(?:care|try|listen|respect|appreciate|notice|value|think about|want to help|help)\\b",
      '\\byou only (?:ever )?(?:call|text|talk|think|care|show up|come)\\b',
      "\\byou (?:can't|cannot) even\\b",
      '\\byou keep (?:\\w+ing)\\b',
      '\\b(?:once|yet) again,? you\\b',
      "\\b(?:why is it|it(?:'s| is)) always (?:me|us) (?:who|that)\\b",
      '\\bwhy (?:do|must|should) i always\\b',
      '\\byou treat (?:me|us|everyone|home|this|(?:this|the|our|my) (?:house|home|place|flat)) like\\b',
      "\\byou (?:can't|cannot) (?:go|do|get through|manage) (?:one|a single|even one)\\b",
      '\\bwhy are you like this\\b',
      "\\byou(?:'re| are) (?:a |such a |the )?(?:terrible|awful|horrible|lousy|rubbish|useless|bad|the worst) (?:listener|partner|friend|driver|cook|parent|father|mother|dad|mum|mom|husband|wife|boyfriend|girlfriend|person|at)\\b",
      "\\byou (?:just )?(?:don't|do not) get it\\b",
      '\\byou waste (?:money|time|everything|my)\\b',
      '\\ball you (?:ever )?(?:do|care about|think about|talk about)\\b',
      '\\byou make (?:every|everything|it all)\\b[^.!?]*\\babout (?:you|yourself)\\b',
      '\\byou care more about\\b',
      '\\b(?:like )?talking to a (?:brick )?wall\\b',
      '\\byou\\b[^.!?]*\\bfor once\\b',
      '\\byou\\b[^.!?]*\\band (?:then )?expect me to\\b',
      "\\byou(?:'re| are) always (?:on at|on my case|nagging|picking)\\b",
      '\\byou(?: just)? (?:leave|dump|drop) (?:your|everything)\\b[^.!?]*\\beverywhere\\b',
      '\\byou (?:just |always |constantly )?(?:forget|ignore|interrupt|dismiss|belittle|critici[sz]e|blame|undermine|twist|exaggerate) (?:everything|me|my|what i|anything|every)\\b',
      "\\byou (?:can't|cannot) be trusted\\b",
      '\\byou (?:just )?do (?:whatever|what(?:ever)?) you want\\b[^.!?]*\\bwithout\\b',
      '\\bevery (?:single )?(?:time|day|weekend|week|night)\\b[^.!?]*\\byour?\\b[^.!?]*\\bnever\\b',
      "\\bit(?:'s| is) always about (?:you|your)\\b",
      "\\byou (?:make|made) me feel like i(?:'m| am) (?:the problem|nothing|crazy|stupid)\\b",
    ),
    why: 'This names a failing of theirs in general; one specific moment is easier to hear.',
  },
];

/** "I feel like you…": a judgement said as a feeling. */
export const FEELING_AS_JUDGEMENT = /\bi (?:feel|felt|just feel) (?:like|that|as if|as though) (?:you|he|she)\b/;
export const FEELING_AS_JUDGEMENT_WHY =
  '“I feel like you…” names a judgement of them; a feeling word (hurt, lonely, worried) says more.';

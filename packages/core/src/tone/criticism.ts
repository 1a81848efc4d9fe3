import { FEELINGS, TRAITS } from './lexicon';
import { anyOf, type Rule } from './rules';

/** Qualities a person can be said to lack ("you have no patience"). */
const VIRTUES =
  'patience|respect|consideration|empathy|compassion|sense|shame|manners|tact|self-control|clue|backbone|spine|interest in|regard|decency|loyalty|boundaries|filter|time for (?:me|us|anyone|the kids|your family)';
/** The same as adjectives ("you're the least patient person"). */
const VIRTUE_TRAITS =
  'patient|romantic|reliable|supportive|considerate|helpful|thoughtful|organi[sz]ed|tidy|punctual|generous|caring|affectionate|understanding|honest|fair';
/** "Always" about something good ("you always make me laugh") is praise, not a verdict. */
const KIND_ALWAYS =
  /\b(?:laugh|smile|know (?:how|what)|feel (?:like )?(?:home|good|better|safe|loved|special|welcome)|there for|so kind|thank|the best)\b/;

/** A yes-or-no question about a habit ("Do you always take the 8:15?") asks; it does not judge. */
const HABIT_QUESTION = /^(?:do|are|did|have|will|would|were) you (?:always|never|usually)\b(?![^?]*\bhave to\b)[^?]*\?/;

/** "You always take the 8:15, right?": a tag question checks a fact about a habit. */
const TAG_QUESTION = /, (?:right|yes|no|isn't it|don't you|didn't you)\?$/;

/** "You never told me when it starts, when is it?": one missed fact, asked about. */
const MISSED_FACT_QUESTION = /^you never (?:told|said|mentioned|sent)\b[^?]*\?$/;

/** "You always park on the left, so I'll take the right": a habit as the premise of a plan. */
const HABIT_PLAN = /, so (?:i'll|i will|we'll|i can|we can) (?:take|have|go|use|get|sit|park|book|do|bring)\b/;

/** Superlatives that praise ("the kindest person I know"). */
const KIND_SUPERLATIVE =
  /\b(?:best|greatest|kindest|sweetest|funniest|loveliest|smartest|bravest|strongest|wisest|gentlest|warmest|nicest|coolest|happiest|luckiest|most (?:generous|patient|thoughtful|caring|wonderful|amazing|loyal|honest|supportive|reliable|creative|talented|beautiful|loving|fun|interesting|hard-?working))\b/;

/** "When you… I feel hurt": a moment and one's own feeling, the shape of a gentle start-up. */
const WHEN_YOU_I_FEEL = `^when you\\b[^.!?;]*\\bi (?:feel|felt|get) (?:${FEELINGS})\\b`;

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
    unless: new RegExp(
      `${KIND_ALWAYS.source}|${HABIT_QUESTION.source}|${TAG_QUESTION.source}|${WHEN_YOU_I_FEEL}|${HABIT_PLAN.source}`,
    ),
  },
  {
    label: 'criticism',
    pattern: anyOf(
      "\\byou(?:'re| are| just| really| can| could| will| would)? never\\b",
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
      `\\byou(?:'re| are| were| can be| seem| sound| act|'ve(?: always)? been| have(?: always)? been| always were)(?: (?:so|such|being|just|really|always|completely|totally|honestly|incredibly|very|too|a bit|kind of|pretty|truly|the most|utterly))* (?:an? )?(?:${TRAITS})\\b`,
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
  {
    label: 'criticism',
    // Structure: "you have no / zero" + a virtue a person can lack.
    pattern: anyOf(
      `\\byou(?:'ve| have)?(?: got| show(?:ed)?)? (?:no|zero|not an ounce of|not one bit of|absolutely no|no real) (?:${VIRTUES})\\b`,
      `\\byou(?:'re| are) (?:the least|not (?:very|exactly|the most)) (?:${VIRTUE_TRAITS})\\b`,
      "\\byou(?:'ve| have) never been (?:any )?good at\\b",
    ),
    why: 'Saying they lack a quality judges who they are; what happened this time is easier to hear.',
  },
  {
    label: 'criticism',
    // Structure: a superlative verdict on them ("the messiest person I know", "the most careless driver").
    pattern: anyOf(
      "\\byou(?:'re| are| were|'ve been| have been)(?: \\w+ly)? (?:the|my) (?:most \\w+|\\w+est) (?:\\w+ )?(?:person|man|woman|human|people|partner|friend|parent|father|mother|dad|mum|mom|brother|sister|son|daughter|husband|wife|boyfriend|girlfriend|housemate|flatmate|roommate|colleague|driver|cook|listener)\\b",
    ),
    why: 'A superlative (“the messiest person I know”) judges who they are; what happened is easier to hear.',
    unless: KIND_SUPERLATIVE,
  },
  {
    label: 'criticism',
    // Structure: a generalisation ("every time", "always") over what they do.
    pattern: anyOf(
      // "Every single time", a bid turned away ("every time I ask, you…"), or "every time… you never".
      '\\bevery single time\\b[^.!?;]*\\byou\\b',
      '\\bevery time (?:i|we) (?:ask|try|bring|mention|need|want|raise|say|plan|go out|visit)\\b[^.!?;]*\\byou\\b',
      "\\bevery time\\b[^.!?;]*\\byou(?:'re)? (?:\\w+ )?(?:never|don't|won't|can't|didn't|always)\\b",
      "\\bit(?:'s| is) always (?:you\\b|your (?:\\w+ )?(?:first|way|fault|needs)\\b)",
      "\\byou (?:just |never |don't |do not )?(?:think before|stop to think|bother to|think about (?:anyone|others|other people))\\b",
    ),
    why: '“Every time” can sound like a verdict on who they are; one specific moment is easier to hear.',
    negatable: true,
    unless: new RegExp(`${KIND_ALWAYS.source}|${WHEN_YOU_I_FEEL}|\\bi (?:feel|felt|get|am|'m) (?:${FEELINGS})\\b`),
  },
  {
    label: 'criticism',
    // Structure: a question at them that is not a question ("why do you always…", "who does that?").
    pattern: anyOf(
      '\\bwhy (?:do|must|would|are) you (?:always|never|insist on|keep|constantly|even bother|ever|have to (?:be so|be like|make|turn|ruin|start|argue|bring|say that|do that))\\b',
      '\\b(?:can|will) you ever (?:just |actually )?(?!want|wish|miss|think about|get|go|visit|feel|need|really)\\w+',
      '\\bhow hard (?:is|can) it (?:be )?(?:for you )?to\\b(?![^?]*\\b(?:do you think|would you say|roughly)\\b)',
      '\\bwho (?:does|acts like) that(?= ?[?!.]|$)',
      '\\bwould it kill you\\b',
      '\\bis it (?:too much|so hard|that hard|really that hard) to\\b',
      '\\bwhat were you (?:even )?thinking(?= ?[?!.,]|$)',
    ),
    why: 'A question that already has its answer tends to start a defence, not a conversation.',
  },
];

/** "I feel like you…": a judgement said as a feeling. */
export const FEELING_AS_JUDGEMENT = /\bi (?:feel|felt|just feel) (?:like|that|as if|as though) (?:you|he|she)\b/;
export const FEELING_AS_JUDGEMENT_WHY =
  '“I feel like you…” names a judgement of them; a feeling word (hurt, lonely, worried) says more.';

import { BAD_OUTCOMES, BARE_PRAISE, INSULTS, MOCK_TITLES } from './lexicon-contempt';
import type { Found } from './rules';
import { anyOf, type Rule } from './rules';
import type { Message } from './text';

const SARCASM_WHY = 'Thanks or praise that mean the opposite can land as mockery.';

/**
 * Contempt: speaking from above. Put-downs and mock titles, disgust, and
 * sarcasm, whose markers we read instead of a sentiment score (which calls
 * "oh great, thanks a lot" positive): an "oh"/"gee"/"wow" before praise,
 * thanks for something bad, a shouted word beside thanks, praise standing
 * alone twice over.
 */
export const CONTEMPT_RULES: readonly Rule[] = [
  {
    label: 'contempt',
    pattern: anyOf(
      `\\b(?:you(?:'re| are| were| look| sound| be)?|such|what|you absolute)(?: (?:such|so|an?|just|being|absolute|total|complete|real|utter|the most|truly|any more|really|sometimes|seriously|this|that|honestly))* (?:${INSULTS})\\b`,
      '\\b(?:idiot|moron|loser|imbecile|pathetic|worthless)\\b',
      '\\byou disgust me\\b',
      '\\bdisgusting\\b',
      '\\bgrow up\\b',
      '\\bwho (?:even )?raised you\\b',
    ),
    why: 'Names and put-downs hurt more than the point they carry.',
    negatable: true,
  },
  {
    label: 'contempt',
    pattern: anyOf(`(?:^|[,.!?] ?)(?:${MOCK_TITLES})(?=[.!?,]|$)`, `, (?:${MOCK_TITLES})[.!?]*$`),
    why: 'A mock title (“genius”) is a put-down in disguise.',
  },
  {
    label: 'contempt',
    pattern: anyOf(
      '\\b(?:oh|gee|ah)[,.!]* (?:great|wonderful|perfect|good|lovely|fantastic|brilliant|sure|nice|joy|fun|please)\\b',
      '\\bthanks for nothing\\b',
      `\\bthank(?:s| you)\\b[^.!?]*\\b(?:${BAD_OUTCOMES})\\b`,
      '\\b(?:gee|wow)[,.!]* thank',
    ),
    why: SARCASM_WHY,
  },
  {
    label: 'contempt',
    pattern: anyOf(
      '\\bwhat a (?:surprise|shock)\\b',
      '\\bbig surprise\\b',
      '\\bshocking\\b',
      '\\bshould i throw (?:you )?a party\\b',
      "\\b(?:as if|like) you(?:'d|'ve| would| have| even| ever| could)?(?: ever)? (?:know|care|do|done|clean|cleaned|cook|cooked|understand|help|helped|lift|lifted)\\b",
      '\\bgrace us\\b',
      '\\bwhat are you,? (?:five|six|seven|ten|twelve|\\d+|a child|a baby)\\b',
      '\\boh,? so you (?:do|can|are|did)\\b',
      '\\b(?:aww+|poor) (?:the )?(?:baby|diddums|little one)\\b',
      '\\baww+,? is the baby\\b',
      '\\bthought (?:that|this) (?:one )?through\\b',
      "\\byou(?:'re| are) (?:really )?something(?: else)?[.!]*$",
      "\\boh wait,? (?:there (?:wasn't|was no|isn't|weren't|was none)|you (?:didn't|never|weren't)|nobody|no one)\\b",
      '\\bmust be nice to\\b',
      "\\blook who(?:'s| is)? (?:finally|decided|here|talking to me)\\b",
      '\\bwhat would (?:we|i|the world) do without (?:your|the) (?:wisdom|brilliance|genius|expertise|advice|opinions?|input)\\b',
      '\\bnice of you to (?:finally|bother|show|notice|join|remember|turn up|grace)\\b',
      '\\b(?:great|nice|good|brilliant|fantastic) (?:job|work|going),? (?:breaking|ruining|forgetting|losing|wrecking|missing|burning|spilling)\\b',
      '\\bwaste of (?:time|space|oxygen|air)\\b',
      "\\bugh[,.!]* you(?:'re| are)\\b",
      "\\byou(?:'re| are) (?:so |such an? )?(?:embarrassing|an embarrassment|a joke|laughable)\\b",
      '\\bwith your presence\\b',
      '\\blook at you\\b[^.!?]*\\b(?:finally|actually)\\b',
      '\\bcool story(?: bro)?(?=[.!]*$|[.!] )',
      '\\b(?:real|regular|such a|a real) (?:comedian|saint|hero|charmer|treat|gem|peach)\\b',
      '\\b(?:how|so) (?:generous|kind|nice|good|thoughtful|sweet) of you to (?:finally|show up|bother|join us|grace|turn up)\\b',
      '\\bspare me\\b',
      '\\bpoor you\\b',
      '\\bmust be (?:so |really )?(?:hard|nice|tough) being you\\b',
      '\\byou actually (?:remembered|did it|showed up|noticed)\\b',
      '\\b(?:real|very|so) mature\\b',
      '\\breal (?:cute|nice|smart|classy|helpful)\\b',
      '\\bhow touching\\b',
      '\\b(?:alert|stop|call) the (?:press|media|newspapers)\\b',
      '\\bmark the calendar\\b',
      '\\bgold star\\b',
      '\\byeah,? right\\b',
      "\\blike that(?:'s| is)(?: ever)? (?:going to|gonna) happen\\b",
      '\\bso now you\\b',
      '\\bmasterpiece\\b',
      '\\b(?:one of )?your famous\\b',
      "\\b(?:congratulations|well done|bravo|nice (?:job|one|going)),? you(?:'ve)? (?:managed|made|ruined|broke)\\b",
      '\\byou managed to (?:ruin|break|forget|lose|mess|wreck)\\b',
      '\\bcan you be any more\\b',
      "\\b(?:because |oh,? )?you(?:'re| are) (?:always right|the expert|so perfect|mr\\.? perfect)\\b",
      '\\bknow-it-all\\b',
      "\\bthat'll fix it\\b",
      '\\*?eye ?roll\\*?|\u{1f644}',
      '\\b(?:lol|lmao|haha)\\b',
    ),
    why: 'Mockery says “I am above you”, which is the hardest thing to hear.',
  },
  {
    label: 'contempt',
    // Structure: a performed reaction instead of words: an action in asterisks, an eye-roll, a scoff, quotes that doubt.
    pattern: anyOf(
      '\\b(?:sighs?|yawns?|scoffs?|snorts?|groans?|facepalms?)\\*',
      '\\b(?:rolls?|rolling) (?:my |his |her )?eyes\\b',
      '\\bslow clap\\b',
      '(?:^|[.!?] )(?:pfft+|pff+|psh+|tsk)\\b(?=[^.!?]*\\b(?:you|as if)\\b)',
      '\\b(?:your|you|that|this|nice|such|real|great|so|his|her|their) "[a-z\' ]{2,16}"',
    ),
    why: 'Mockery says “I am above you”, which is the hardest thing to hear.',
  },
  {
    label: 'contempt',
    // Structure: pretending to admire, reward or indulge them ("you call that…", "want a medal?", "cute that you think").
    pattern: anyOf(
      '\\byou call (?:that|this)(?: (?:an? )?\\w+)?\\?',
      '\\b(?:want|deserve|expect|need) (?:a|an) (?:medal|trophy|prize|award|parade|cookie|round of applause|pat on the back)\\b',
      '\\b(?:cute|adorable|sweet|funny|hilarious|precious) (?:that|how) you (?:think|believe|actually|still|expect)\\b',
      "\\byou(?:'re| are)(?: always)? (?:the|such a) (?:victim|martyr)\\b",
      '\\byou know (?:everything|it all)\\b|\\b(?:because|always) (?:you )?(?:always )?know best\\b',
      '\\b(?:look at|little) (?:mr|miss|mister|lady)\\b',
      '\\b(?:sure|right|okay|ok) thing,? (?:boss|chief|sir|madam)\\b',
    ),
    why: 'Mockery says “I am above you”, which is the hardest thing to hear.',
  },
  {
    label: 'contempt',
    // Structure: their mind or skill below a child's, an animal's or anyone's ("nobody with half a brain", "a toddler could do better").
    pattern: anyOf(
      '\\b(?:nobody|no one|anyone|anybody|someone) with (?:half a|a working|any|an ounce of|a single|one) (?:brain|brain cell|sense|clue)\\b',
      '\\b(?:child|kid|toddler|baby|monkey|dog|cat|goldfish|\\w+-year-old)s?\\b[^.!?]*\\b(?:better than you|than you (?:do|could|ever))\\b',
      `\\byou (?:even )?(?:hear|realise|realize|see) how (?:${INSULTS}|crazy|insane) (?:that|this|you|it)\\b`,
    ),
    why: 'Names and put-downs hurt more than the point they carry.',
  },
  {
    label: 'contempt',
    // Structure: a mock award as its own phrase ("Mother of the year."), and thanks for "all that help" with nothing named.
    pattern: anyOf(
      '(?:^|[.!?,] )(?:(?:a|the|our|real|such a|what a) )*\\w+ of the (?:year|century|decade)(?=[.!?,]|$| over here| right here)',
      '\\b(?:oh|gee|wow|ah|yeah|well)[,.!]* thank(?:s| you)\\b[^.!?]*\\bfor all (?:that|of that|your|the) (?:\\w+ )?(?:help|support|effort|hard work|input)(?=[.!]*$)',
      '\\bthank(?:s| you)(?: \\w+){0,3} for all that (?:help|support|effort|hard work|input)(?=[.!]*$)',
    ),
    why: SARCASM_WHY,
  },
];

const PRAISE = `(?:oh |just |well |yeah |really |wow,? |ha[,!]* )?(?:${BARE_PRAISE})(?: (?:plan|idea|move|work|effort|thinking|choice|call))?(?:,? really)?`;
const PRAISE_ALONE = new RegExp(`^${PRAISE}(?:[,.!]* ${PRAISE})*[.!]*$`);
const PRAISE_TWICE = new RegExp(`^${PRAISE}(?:[,.!]* ${PRAISE})+[.!]*$`);
const THANKS = /\bthank(?:s| you)\b/;
const SCOFF = /^(?:ha+|hah|haha|lol|pfft+)\b/;
/** Something that went wrong, which praise beside it turns sarcastic. */
const WENT_WRONG = new RegExp(`\\b(?:${BAD_OUTCOMES}|again|another)\\b`);

/**
 * Sarcasm the patterns above cannot see word by word: praise standing alone
 * as a sentence twice ("Nice one. Really clever."), or once beside something
 * that went wrong or beside a laugh, and thanks with a shouted word ("You've been SO helpful").
 */
export function sarcasm(message: Message): Found | undefined {
  // Praise alone is a short sentence; the length bound also keeps the pattern's work small on any input.
  const alone = message.sentences.filter((s) => s.length <= 60 && PRAISE_ALONE.test(s));
  const wentWrong = WENT_WRONG.test(message.text);
  const shoutedThanks = message.shouted && THANKS.test(message.text);
  const praiseOverBad = alone.length >= 1 && wentWrong && message.sentences.length > 1;
  const twice = alone.length >= 2 || alone.some((s) => PRAISE_TWICE.test(s));
  // Laughing at them beside the praise ("Ha! You? Organised? Good one.").
  const scoffed = alone.length >= 1 && /\byou\b/.test(message.text) && message.sentences.some((s) => SCOFF.test(s));
  if (!twice && !praiseOverBad && !shoutedThanks && !scoffed) return undefined;
  const evidence = alone.join(' ') || (message.text.match(THANKS)?.[0] ?? '');
  return { label: 'contempt', evidence, why: SARCASM_WHY, weight: 3, returnable: false };
}

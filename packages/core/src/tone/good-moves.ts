import { FEELINGS } from './lexicon';
import type { Found } from './rules';
import { anyOf, type Rule } from './rules';
import type { Message } from './text';

/**
 * The moves that help: owning one's part, reaching toward the other (repair),
 * appreciation. A gentle start-up is found by `gentleStartup` below, since it
 * is a combination (a feeling or an observation, and a need) rather than a
 * phrase.
 */
export const GOOD_MOVE_RULES: readonly Rule[] = [
  {
    label: 'responsibility',
    pattern: anyOf(
      "\\b(?:i'm|i am) (?:so |really |truly |very )?sorry (?:i|for|that i|about (?:what i|my|the way i))\\b",
      '\\b(?:^|\\. )sorry for\\b',
      '\\bi (?:apologi[sz]e|apologi[sz]e again) for\\b',
      '\\bi owe you an apology\\b',
      "\\b(?:my (?:fault|mistake|bad)|(?:'s|is|was|one's|all|entirely) on me)\\b",
      '\\bi was (?:wrong|unfair|rude|out of line|out of order|defensive|harsh|mean|short with you|selfish|thoughtless|unkind)\\b',
      "\\bi (?:should have|shouldn't have|should've|should not have|could have handled|could've handled|could have done)\\b",
      '\\bi take (?:full |complete )?responsibility\\b',
      '\\bmy part\\b',
      '\\bi (?:messed|screwed) up\\b',
      '\\bi made (?:a|the) (?:mess|mistake)\\b',
      '\\bi let you down\\b',
      '\\bi overreacted\\b',
      '\\bi acted (?:badly|poorly)\\b',
      '\\bi regret\\b',
      '\\bi own (?:that|it|my)\\b',
      '\\bi can see (?:how|why) (?:my|i|that)\\b',
      '\\bi understand why (?:that|it) hurt\\b',
      "\\b(?:you(?:'re| are) right|fair point|you (?:have|had|make|made) a (?:good |fair )?point|you've got a point)\\b",
      "\\bi (?:haven't|have not) been (?:helping|pulling|listening|there|fair)\\b",
      '\\bi did (?:interrupt|forget|say that)\\b',
      '\\bcame out (?:wrong|badly|harsh|harsher|meaner)\\b',
      "\\bi (?:didn't|did not) keep my\\b",
      '\\bi can see (?:how |why |that )?(?:i|my)\\b',
      '\\bi was the one who (?:forgot|messed|broke|missed|started|lost|said|did|shouted|yelled|left)\\b',
      "\\bi (?:wasn't|was not) (?:fair|kind|listening|thinking|there for you|very nice)\\b",
      "\\bi(?:'m| am| was) in the wrong\\b",
      '\\byou deserved? better\\b',
      "\\bi(?:'ve| have) been (?:short|unfair|distant|grumpy|difficult|rude|snappy|absent|harsh)\\b",
      '\\bi hurt you\\b',
      '\\bi want to own\\b',
      '\\bi got (?:it|that|this) wrong\\b',
      '\\bdropped the ball\\b',
      "\\bi (?:didn't|did not) handle (?:that|it|this) well\\b",
      '\\bi take (?:it |that |what i said )?back\\b',
      '\\b(?:unkind|unfair|wrong|selfish|rude|thoughtless|careless) of me\\b',
      "\\b(?:wasn't|was not|isn't|is not|not) (?:okay|ok|fair|kind|right) of me\\b",
      "\\b(?:didn't|did not) keep (?:it|my word|my promise)\\b",
      "\\bi (?:realise|realize|see|know) (?:now )?(?:that )?i(?:'ve| have) been\\b",
      '\\btaking you for granted\\b',
      "(?:^|[.!?,] )(?:i'm |i am )?(?:so |really |truly |very )?sorry[.!]*$",
    ),
    why: 'Owning your part makes it easier for them to soften too.',
    negatable: true,
  },
  {
    label: 'repair_attempt',
    pattern: anyOf(
      '\\b(?:can|could|shall) we (?:please )?(?:start over|start again|try (?:that |this )?again|slow (?:down|this down|it down)|take a step back|talk (?:calmly|about this calmly)|agree on|begin again|reset|have a do-over|rewind|pause)\\b',
      "\\blet(?:'s| us)(?: both| all)? (?:start over|start again|try again|find a compromise|figure (?:this|it) out|take a (?:breath|breather|step back)|slow down|talk calmly|reset|work (?:this|it) out|get some tea|sit down)\\b",
      "\\b(?:we're|we are) (?:on the same (?:team|side)|in this together)\\b",
      '\\bi (?:still )?love you\\b',
      "\\bi (?:don't|do not) want to (?:fight|argue)\\b",
      '\\bi want to (?:understand|hear (?:your side|you|what you|more))\\b',
      '\\bhelp me understand\\b',
      '\\btell me more\\b',
      '\\bi hear you\\b',
      "\\bi(?:'m| am) (?:still )?listening\\b",
      '\\bdo-?over\\b',
      '\\btruce\\b',
      '\\bhug\\b',
      '\\bwhat would help\\b',
      '\\bis there (?:something|anything) i can do\\b',
      '\\bmatters? more (?:to me )?than\\b',
      '\\b(?:and|so) do you\\b',
      '\\bi want us to be (?:okay|ok|alright|all right)\\b',
      '\\bi think i misunderstood\\b',
      '\\b(?:can|could) you say (?:it|that) again\\b',
      '\\blet me (?:try|say) (?:saying )?(?:that|it) again\\b',
      '\\bwe both got\\b',
      '\\bcan i (?:try|say) (?:that |this |it )?again\\b',
      '\\bwant to (?:sit down and )?try again\\b',
      '\\b(?:can|could) we (?:just |please )?(?:reset|start (?:this|it|things)?(?: conversation)? ?(?:over|again))\\b',
      "\\bi (?:don't|do not) want (?:us )?to (?:go to bed angry|be like this|lose you|keep fighting)\\b",
      "\\blet(?:'s| us) figure out\\b",
      "\\bwe(?:'re| are) both (?:upset|tired|hurt|stressed|angry|frustrated)\\b",
      '\\blet me (?:listen|hear you|understand)\\b',
      '\\b(?:what|how) are you feeling(?: (?:right )?now)?\\?',
      '\\bi miss (?:us|you)\\b',
      '\\blet me (?:say|put|try|phrase) (?:that|it) (?:again|differently|better|another way)\\b',
      '\\bmore important (?:to me )?than\\b',
      "\\bi(?:'m| am) on your side\\b",
      "\\blet(?:'s| us) try (?:that|this|it) again\\b",
      '\\bdeep breath\\b',
      '\\b(?:we both want|want) the same thing\\b',
      "\\bwe(?:'ll| will) (?:figure|work|sort) (?:this|it) out\\b",
      '\\bone (?:thing|step) at a time\\b',
      '\\byou matter to me\\b',
      "\\blet(?:'s| us) sort (?:this|it) out\\b",
      '\\b(?:both )?saying the same thing\\b',
      '\\bwhat do you need from me\\b',
      '(?:^|[.!?] )come here(?=[.!]*$|[.!] )',
      "\\bsorry (?:we(?:'re| are)|that we(?:'re| are)) (?:fighting|arguing)\\b",
      "\\btell me what i(?:'m| am) missing\\b",
      '\\bfresh start\\b',
      '\\bcup of tea\\b',
      '\\b(?:get|make|put) (?:this|it|things) right\\b',
      '\\bmake (?:it|this) up to you\\b',
      '\\bwork (?:this|it) out\\b',
    ),
    why: 'This reaches toward them and slows things down.',
    weight: 2,
  },
  {
    label: 'appreciation',
    pattern: anyOf(
      '\\bthank(?:s| you)\\b',
      '\\bappreciate(?! it if)\\b',
      '\\b(?:grateful|thankful)\\b',
      '\\bproud of you\\b',
      '\\b(?:great|good|nice|amazing|brilliant) (?:job|work)\\b',
      '\\bwell done\\b',
      '\\byou did (?:a |such a )?(?:great|good|amazing|brilliant|wonderful|lovely)\\b',
      '\\bi (?:love|adore) (?:how|the way|it when|that you)\\b',
      '\\bi (?:really )?admire\\b',
      '\\blucky to have\\b',
      '\\b(?:meant|means) (?:a lot|so much|the world)\\b',
      "\\byou(?:'re| are| were) (?:the best|(?:so |really |such )*(?:good|great|amazing|wonderful|brilliant) (?:with|at))\\b",
      "\\byou(?:'re| are| were) (?:such |so |really |an? )*(?:amazing|wonderful|great|brilliant|kind|patient|thoughtful|lovely|supportive|helpful|good (?:listener|friend|dad|mum|mom|parent|partner|person))\\b",
      '\\b(?:so|really|very) (?:thoughtful|kind|sweet|generous)\\b',
      '\\byou handled\\b',
      "\\byou(?:'ve| have) been (?:so |really |such )?(?:an? )?(?:supportive|great|amazing|wonderful|patient|kind|helpful|star|brilliant|rock)\\b",
      '\\b(?:lifesaver|life-saver|godsend|legend)\\b',
      '\\bi (?:really )?(?:value|treasure|cherish)\\b',
      '\\bcheers (?:for|mate)\\b',
      "\\b(?:so )?glad (?:you(?:'re| are)?|to have you|we)\\b",
      '\\b(?:great|good|lovely|brilliant|fantastic) idea\\b',
      '\\bloved it\\b',
      '\\bmade my (?:whole )?(?:day|week|morning|evening)\\b',
      '\\byour (?:\\w+ ){0,2}(?:really |so )?helped\\b',
      '\\byou did (?:so |really )?well\\b',
      '\\b(?:love|loved) (?:that|how) you\\b',
      '\\b(?:brave|kind|generous|thoughtful|sweet|lovely|nice|good) of you\\b',
      '\\byou make (?:such |the best |really |so )*(?:good|great|amazing|lovely|the best|delicious)\\b',
      "\\b(?:that|it|they|dinner)(?: was|'s| is| are|'re) (?:amazing|delicious|lovely|wonderful|beautiful|great|perfect)\\b",
      '\\b(?:that|it|you) helped\\b',
      '\\bi owe you one\\b',
      '\\b(?:feel like home|make me (?:laugh|smile))\\b',
      '\\bmakes? me feel (?:safe|loved|special|welcome|good|better|at home|happy|seen|heard)\\b',
      '\\bnoticed (?:how|that you|the effort|all the)\\b',
      '\\bthe effort\\b',
    ),
    why: 'Noticing what they did goes a long way.',
    weight: 2,
    negatable: true,
  },
];

const FEELING = new RegExp(
  `\\bi(?:'m| am| was| get| got|'ve been| have been| (?:always |often |sometimes |really )?(?:feel|felt|feeling))(?: (?:a bit|a little|really|so|very|quite|kind of|pretty|more|less|just|feeling))* (?:${FEELINGS})\\b`,
);
/** What the feeling is about: "…when…", "…about…", "…that…". */
const SITUATION =
  /\b(?:when|about|that|because|after|since|at the|in the|on the|during|in front of|by|lately|recently)\b/;
/** "I'm stuck in a meeting", "I got lost on the way": a place, not a feeling. */
const LITERAL = /\b(?:stuck|lost|tied up|low|down) (?:in|at|on|behind|under|to)\b/;
const OPENER =
  /\b(?:i(?:'ve)? noticed|something (?:has been|'s been) on my mind|(?:i want|i'd like) to (?:bring|talk about|raise)|can we talk about)\b/;
const NEED =
  /\b(?:i need|i could use|i'd (?:like|love|appreciate|really like)|i would (?:like|love|appreciate)|it would (?:mean|help)|could (?:you|we)|can (?:you|we)|would you|will you|let's|i want us to|next time|can we agree)\b/;
const SOFT_REQUEST =
  /\b(?:(?:i'd|i would) (?:really )?(?:love|appreciate|like) it if|it would (?:really )?(?:help|mean)(?: (?:me|a lot|so much|the world|to me))* if|i'd (?:really )?(?:like|love) (?:some|more|us|a bit)|i need (?:us|some help|a bit|more|one|help|you to))\b/;

/**
 * A gentle start-up: "I feel … about …, and I need …". One's own feeling
 * (or a plain observation) with a need or a request, or a request put as
 * what would help ("it would mean a lot to me if…"). "I feel like you…" is
 * not a feeling, so it never counts here.
 */
export function gentleStartup(message: Message): Found | undefined {
  const { text } = message;
  const feeling = LITERAL.test(text) ? null : FEELING.exec(text);
  const opener = OPENER.exec(text);
  const soft = SOFT_REQUEST.exec(text);
  const why = 'You say how you feel and what you need, without blame.';
  const found = (evidence: string, weight: number): Found => ({
    label: 'gentle_startup',
    evidence,
    why,
    weight,
    returnable: false,
  });
  if (feeling && NEED.test(text)) return found(feeling[0], 3);
  if (feeling && SITUATION.test(text.slice(feeling.index))) return found(feeling[0], 2);
  if (opener && NEED.test(text.replace(opener[0], ''))) return found(opener[0], 3);
  if (soft) return found(soft[0], 2);
  return undefined;
}

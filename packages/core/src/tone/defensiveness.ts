import { anyOf, type Rule } from './rules';

/**
 * Defensiveness: protecting oneself instead of hearing the other. Non-apologies
 * (an apology that hands the feeling back or takes itself back), "not my
 * fault" and excuses, counter-attack, and making their feeling too much.
 */
export const DEFENSIVENESS_RULES: readonly Rule[] = [
  {
    label: 'defensiveness',
    pattern: anyOf(
      "\\bsorry (?:that )?you(?:'re| are)? (?:feel|felt|think|thought|took|see|saw|were|are|got|get)\\b",
      '\\b(?:sorry|apologi[sz]e) if\\b',
    ),
    why: 'This apology is about their feeling, not about what you did; naming what you did lands better.',
  },
  {
    label: 'defensiveness',
    pattern: anyOf('\\bsorry,? but\\b', '\\bapologi[sz]e,? but\\b'),
    why: '“Sorry, but…” takes the apology back in the same breath.',
  },
  {
    label: 'defensiveness',
    pattern: anyOf(
      "\\b(?:not|wasn't|isn't|was not|is not) my fault\\b",
      "\\bdon't (?:blame|look at) me\\b",
      "\\bi (?:didn't|did not) do anything(?: wrong)?\\b",
      '\\bi did nothing wrong\\b',
      '\\bi was (?:only|just) (?:trying|joking|saying|asking|being|doing)\\b',
      '\\bi had no choice\\b',
      "\\bi couldn't help it\\b",
      "\\bit(?:'s| is|was) not like i\\b",
      "\\bi (?:didn't|did not) have (?:the )?time\\b",
      '\\bwhat (?:do|did) you expect\\b',
      '\\bexcuse me for\\b',
      '\\bi (?:tried|did) my best(?= ?(?:[,.!?]|$))',
      '\\bwhat (?:else )?(?:was|am) i supposed to (?:do|say)\\b',
      '\\bread your mind\\b',
      '\\bmind reader\\b',
      "\\b(?:not|isn't|wasn't) on me\\b",
      '\\banyone would have\\b',
      "\\bi said (?:i was |i'm |i am )?sorry\\b",
      '\\bwhat (?:more|else) do you want\\b',
      "\\bsorry (?:i'm|i am) not (?:perfect|a mind reader|good enough|you)\\b",
      '\\bi was (?:going to|about to|gonna) (?:do|get to|fix|sort) it\\b',
      "\\byou (?:didn't|did not|never) (?:give|gave) me a chance\\b",
      '\\bhow (?:would|was|am|could|should) i (?:supposed to |meant to )?(?:know|have known|guess)\\b',
      "\\bthat(?:'s| is) not (?:what i (?:said|meant)|true|fair)\\b",
      '\\bi never said that\\b',
      '\\bi do (?:loads|plenty|everything|so much|a lot|my share)\\b',
      '\\bwhy are you (?:attacking|blaming|yelling at|picking on|having a go at) me\\b',
    ),
    why: 'Explaining yourself first can sound like their feeling does not count; it can wait a moment.',
  },
  {
    label: 'defensiveness',
    pattern: anyOf(
      '\\bwhat about (?:you|when you|the time you|your)\\b',
      '\\b(?:yes|yeah|well),? but you\\b',
      '\\byou do (?:it|that|this|the same(?: thing)?)(?: too| as well| all the time)\\b',
      "\\byou(?:'re| are)? (?:\\w+ ){0,3}either\\b",
      "\\bthat's rich\\b",
      "\\blook who's talking\\b",
      "\\bi(?:'m| am|wasn't| was not) not the one (?:who|that)\\b",
      "\\bi (?:wasn't|was not) the one (?:who|that)\\b",
      "\\bi(?:'m| am) not the (?:bad guy|problem|villain|one to blame)\\b",
      "\\byou(?:'re| are) the one who\\b",
      '\\byou started (?:it|this)\\b',
      "\\bi wouldn't (?:have to|need to)\\b[^.!?]* if you\\b",
    ),
    why: 'Pointing back at them turns this into a contest instead of a conversation.',
  },
  {
    label: 'defensiveness',
    pattern: anyOf(
      "\\byou(?:'re| are)? (?:being |just being )?(?:too |so |way too |a bit )?(?:sensitive|dramatic|overreacting|overdramatic|hysterical|paranoid)\\b",
      '\\boverreacting\\b',
      '(?:^|[.!?,] )calm down\\b',
      "\\b(?:it was|it's|i was|that was) (?:just |only )?(?:a joke|joking|kidding)\\b",
      '\\b(?:not|no) (?:that |such |a )*big(?: a)? deal\\b',
      '\\bthe big deal\\b',
      '\\bget over it\\b',
      '\\b(?:big )?deal (?:out )?of nothing\\b',
      '\\bmaking a (?:big )?(?:deal|fuss|mountain)\\b',
      '\\breading too much into\\b',
    ),
    why: 'Telling them their feeling is too much can leave them feeling unheard.',
    negatable: false,
  },
];

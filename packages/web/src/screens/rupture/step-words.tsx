import type { NextStep, RuptureDetailView } from '@repairable/core';
import { Edited } from '../../components/edited';
import { completionRule, needWords, type People, personName, stepHeading, waitingWords } from '../../next-step-words';
import { ATTEMPT_LABELS } from '../../repair-labels';
import { joinNames } from '../../rupture-status';
import { clockTime } from '../../time';

/**
 * The heading and few lines of the viewer's step: the move they are asked
 * about, the need they are asked to meet, whom they wait on and for what,
 * and rule 4 in words. Never a count.
 */
export function StepWords(props: { step: NextStep; rupture: RuptureDetailView; people: People; now: Date }) {
  const { step, rupture, people, now } = props;
  const rule = <p class="muted">{completionRule(rupture.involved, people)}</p>;
  const waits = step.kind === 'wait' ? waitingWords(step.for, people, now) : [];
  const heading = step.kind === 'wait' ? (waits[0] ?? stepHeading(step, people)) : stepHeading(step, people);

  return (
    <>
      <h2 id="step-heading" tabIndex={-1}>
        {heading}
      </h2>
      {step.kind === 'raise' && (
        <p>
          When you're ready, raising it lets {joinNames(othersWithAccount(rupture, people))} see it too. Nothing is
          shared until you do.
        </p>
      )}
      {step.kind === 'acknowledge' && <p>You don't have to agree on what happened. Only that something did.</p>}
      {step.kind === 'reach' && (
        <p>
          {othersWithAccount(rupture, people).length > 0
            ? 'Anyone involved can make a move toward the other, whenever they are ready.'
            : 'When you are ready, make your move: a do-over, a few kind words, a hug.'}
        </p>
      )}
      {step.kind === 'answer' && <AnswerWords step={step} rupture={rupture} people={people} />}
      {step.kind === 'answer' && rule}
      {step.kind === 'retry' && (
        <>
          <ul class="plain-list needs" aria-label="What would help">
            {step.needs.map((need) => (
              <li key={need.memberId} class="need">
                {needWords(need, people)}
              </li>
            ))}
          </ul>
          <p class="muted">
            When you are ready, try again in a way that meets it. {completionRule(rupture.involved, people)}
          </p>
        </>
      )}
      {step.kind === 'record_reconnection' && (
        <p>
          When {personName(step.child, people)} comes back to you (calmer, close again, playing), note what you saw.
          {step.withOwnAnswer ? ' Then say how it feels for you.' : ''}
        </p>
      )}
      {step.kind === 'on_break' && (
        <p>
          Back at {clockTime(step.until, now)}. Nothing is asked of anyone meanwhile. Come back when it ends, or sooner.
        </p>
      )}
      {step.kind === 'wait' && (
        <>
          {waits.slice(1).map((line) => (
            <p key={line}>{line}</p>
          ))}
          {rupture.round > 0 && rule}
        </>
      )}
    </>
  );
}

function othersWithAccount(rupture: RuptureDetailView, people: People): string[] {
  return people.members
    .filter((m) => !m.isMe && m.hasAccount && rupture.involved.includes(m.id))
    .map((m) => m.displayName);
}

/** The move being answered, quoted: "Sam: apology — “I'm sorry I rolled my eyes.”" */
function AnswerWords(props: {
  step: Extract<NextStep, { kind: 'answer' }>;
  rupture: RuptureDetailView;
  people: People;
}) {
  const { step, rupture, people } = props;
  if (step.own) {
    const others = rupture.completion
      .filter((c) => c.state === 'repaired' && !people.members.find((m) => m.id === c.memberId)?.isMe)
      .map((c) => personName(c.memberId, people));
    return (
      <p>
        {joinNames(others)} {others.length > 1 ? 'feel' : 'feels'} repaired. How about you?
      </p>
    );
  }
  const attempt = rupture.attempts.find((a) => a.id === step.to);
  if (!attempt) return null;
  return (
    <blockquote class="attempt-quote">
      <p>
        <strong>{personName(attempt.memberId, people, 'You')}</strong>: {ATTEMPT_LABELS[attempt.kind].toLowerCase()}
        {attempt.message && <> — “{attempt.message}”</>}
        {attempt.editedAt && <Edited at={attempt.editedAt} time={clockTime(attempt.editedAt, new Date())} />}
      </p>
    </blockquote>
  );
}

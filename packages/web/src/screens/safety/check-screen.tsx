import { SCREEN_ANSWERS, SCREEN_QUESTIONS, type ScreenAnswer, type ScreenQuestion } from '@repairable/core';
import { useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { RadioGroup } from '../../components/choices';
import { Link } from '../../components/link';
import { PageTitle } from '../../components/page-title';
import { useAction } from '../../components/use-action';
import { navigate } from '../../router';
import { SCREEN_ANSWER_WORDS, SCREEN_QUESTION_WORDS } from '../../safety-labels';
import { safetyApi, setSafetyMode } from '../../safety-state';

const ANSWERS = SCREEN_ANSWERS.map((value) => ({ value, label: SCREEN_ANSWER_WORDS[value] }));

/**
 * The private safety screen (SECURITY.md P5): four questions, answered for
 * oneself. Anything but a plain "no" switches this person's view to safety
 * first. The answers are weighed by the server and not kept.
 */
export function SafetyCheckScreen() {
  const [answers, setAnswers] = useState<Partial<Record<ScreenQuestion, ScreenAnswer>>>({});
  const { busy, error, setError, run } = useAction();

  async function send(event: Event) {
    event.preventDefault();
    if (busy) return;
    const missing = SCREEN_QUESTIONS.find((q) => answers[q] === undefined);
    if (missing) return setError('Please answer each question. "Not sure" is a fine answer.');
    const complete = answers as Record<ScreenQuestion, ScreenAnswer>;
    await run(async () => {
      setSafetyMode(await safetyApi.take(complete));
      navigate('/safety?after=check');
    });
  }

  return (
    <>
      <PageTitle back={{ href: '/safety', label: 'Support' }}>Check in with yourself</PageTitle>
      <p class="lead">
        Only you see this. Your answers are not kept, and nobody is told you answered. Answer as it feels right now.
      </p>
      <form class="stack" onSubmit={send} noValidate>
        {SCREEN_QUESTIONS.map((question) => (
          <RadioGroup
            key={question}
            legend={SCREEN_QUESTION_WORDS[question]}
            options={ANSWERS}
            value={answers[question]}
            onChange={(value) => setAnswers((now) => ({ ...now, [question]: value }))}
            layout="row"
          />
        ))}
        <Alert message={error} />
        <div class="actions">
          <button type="submit" class="button" aria-disabled={busy}>
            Done
          </button>
          <Link href="/safety" class="button button-quiet">
            Not now
          </Link>
        </div>
      </form>
    </>
  );
}

import type { NextStep, RuptureDetailView, SpaceView } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { useLoad } from '../../components/use-load';
import type { People } from '../../next-step-words';
import { repairApi } from '../../repair-api';
import { availableActions } from '../../rupture-actions';
import { minutesFrom } from '../../time';
import { ShortAnswerForm } from './answer-forms';
import { AttemptForm } from './attempt-form';
import { BreakForm } from './break-form';
import { ReconnectionForm } from './reconnection-form';
import { StepWords } from './step-words';
import type { RuptureState } from './use-rupture';

/** Which inline form is open in place of the buttons; one at a time. */
type Panel = 'none' | 'attempt' | 'break' | 'notYet';

/** The buttons a step may show; the first of `main` is the one filled primary button. */
type Action = 'raise' | 'acknowledge' | 'attempt' | 'retry' | 'repaired' | 'notYet' | 'break' | 'letGo';

/**
 * The viewer's own step on this rupture (core `nextStep`): its words, one
 * filled button for the step that is theirs, the rest quieter. While a form
 * is open it stands in for the buttons. Every request carries the version
 * shown; the page above says when it changed meanwhile.
 */
export function RuptureActions(props: {
  space: SpaceView;
  rupture: RuptureDetailView;
  state: RuptureState;
  step: NextStep;
  people: People;
  now: Date;
}) {
  const { space, rupture, state, step } = props;
  const [panel, setPanel] = useState<Panel>('none');
  const [askedToAttempt, setAskedToAttempt] = useState(false);
  const [goOn, setGoOn] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const gateRef = useRef<HTMLElement>(null);
  const can = availableActions(rupture, space.members);
  // Rule 6: whether to offer a break before a move, asked once for this page.
  const regulation = useLoad(() => repairApi.regulation(space.id), `${space.id}/${rupture.id}`);
  const flooded = regulation.data?.offerBreak === true && !goOn;

  useEffect(() => {
    if (panel === 'none') return;
    panelRef.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
  }, [panel]);

  const close = () => setPanel('none');
  const act = async (action: Parameters<RuptureState['run']>[0]) => {
    if (!state.busy && (await state.run(action))) close();
  };
  const attemptFirst = step.kind === 'reach' || step.kind === 'retry';
  const showGate = can.attempt && flooded && (attemptFirst || askedToAttempt);
  function startAttempt() {
    if (flooded && !showGate) {
      setAskedToAttempt(true);
      requestAnimationFrame(() => gateRef.current?.querySelector<HTMLElement>('h3')?.focus());
      return;
    }
    setGoOn(true);
    setPanel('attempt');
  }

  const { main, more } = actionsFor(step, can);
  // While flooded, the break offered above is the filled button; the move stays, quieter, below it.
  const filled = showGate ? undefined : main[0];
  // The offer above already holds the break; the move stays below it.
  const buttons = [...main, ...more].filter((a, i, all) => all.indexOf(a) === i && !(showGate && a === 'break'));
  const label: Record<Action, string> = {
    raise: 'Raise it',
    acknowledge: 'Something happened between us',
    attempt: 'Make a repair attempt',
    retry: 'Try again',
    repaired: 'I feel repaired',
    notYet: 'Not yet',
    break: 'Take a break',
    letGo: 'Let it go',
  };
  const onClick: Record<Action, () => void> = {
    raise: () => act(repairApi.raise),
    acknowledge: () => act(repairApi.acknowledge),
    attempt: startAttempt,
    retry: startAttempt,
    repaired: () => act((t) => repairApi.respond(t, { feel: 'repaired' })),
    notYet: () => setPanel('notYet'),
    break: () => setPanel('break'),
    letGo: () => act(repairApi.letGo),
  };

  if (step.kind === 'done' || step.kind === 'none') return null;
  return (
    <section class={`panel step step-${step.kind}`} aria-labelledby="step-heading">
      <StepWords step={step} rupture={rupture} people={props.people} now={props.now} />
      {step.kind === 'record_reconnection' && panel === 'none' && (
        <ReconnectionForm
          child={props.people.members.find((m) => m.id === step.child)?.displayName ?? ''}
          withOwnAnswer={step.withOwnAnswer}
          busy={state.busy}
          onSave={(seen) => act((t) => repairApi.reconnected(t, { memberId: step.child, ...seen }))}
        />
      )}
      {showGate && panel === 'none' && <FloodedGate gateRef={gateRef} onBreak={() => setPanel('break')} />}
      {panel === 'none' && buttons.length > 0 && (
        <div class="actions">
          {buttons.map((action) => (
            <button
              key={action}
              type="button"
              class={
                action === filled
                  ? 'button'
                  : step.kind === 'wait' && action === 'repaired'
                    ? 'button button-quiet'
                    : 'button button-secondary'
              }
              onClick={onClick[action]}
            >
              {label[action]}
            </button>
          ))}
        </div>
      )}
      <div ref={panelRef}>
        {panel === 'attempt' && can.attempt && (
          <AttemptForm
            spaceKind={space.kind}
            ruptureKinds={rupture.kinds}
            busy={state.busy}
            onSend={async (attempt) => {
              const sent = await state.run((t) => repairApi.attempt(t, attempt));
              if (sent) close();
              return sent;
            }}
            onCancel={close}
          />
        )}
        {panel === 'break' && can.takeBreak && (
          <BreakForm
            busy={state.busy}
            onStart={(minutes) => act((t) => repairApi.takeBreak(t, minutesFrom(new Date(), minutes)))}
            onCancel={close}
          />
        )}
        {panel === 'notYet' && can.respond && (
          <ShortAnswerForm
            label="What would help?"
            hint="Optional. For example: a hug, to talk tonight, a little more time."
            submitLabel="Send"
            busy={state.busy}
            onSubmit={(need) =>
              act((t) => repairApi.respond(t, need ? { feel: 'not_yet', need } : { feel: 'not_yet' }))
            }
            onCancel={close}
          />
        )}
      </div>
      <Alert message={regulation.error?.message} />
    </section>
  );
}

/**
 * The buttons of each step: `main` leads (its first is the filled one), `more`
 * are quieter. Someone who just reached is never handed "I feel repaired" as
 * the main action; they may still say it, quietly, while they wait.
 */
function actionsFor(step: NextStep, can: ReturnType<typeof availableActions>): { main: Action[]; more: Action[] } {
  const allowed = (actions: (Action | false)[]) => actions.filter((a): a is Action => a !== false);
  const common = allowed([can.takeBreak && 'break', can.letGo && 'letGo']);
  switch (step.kind) {
    case 'raise':
      return { main: allowed([can.raise && 'raise']), more: allowed([can.attempt && 'attempt', ...common]) };
    case 'acknowledge':
      return {
        main: allowed([can.acknowledge && 'acknowledge']),
        more: allowed([can.attempt && 'attempt', ...common]),
      };
    case 'reach':
      return { main: allowed([can.attempt && 'attempt']), more: allowed([can.raise && 'raise', ...common]) };
    case 'answer':
      return { main: allowed([can.respond && 'repaired', can.respond && 'notYet']), more: common };
    case 'retry':
      return { main: allowed([can.attempt && 'retry']), more: common };
    case 'record_reconnection':
      return { main: [], more: common };
    case 'on_break':
      return { main: [], more: allowed([can.attempt && 'attempt']) };
    case 'wait':
      // While waiting, "I feel repaired" comes last and quietest: it is not this person's step yet.
      return { main: [], more: allowed([can.attempt && 'attempt', ...common, can.respond && 'repaired']) };
    default:
      return { main: [], more: [] };
  }
}

/** Rule 6: flooded (a recent strong check-in), so a break is offered before the move. Going on is always allowed. */
function FloodedGate(props: { gateRef: { current: HTMLElement | null }; onBreak: () => void }) {
  return (
    <section class="note gate" aria-labelledby="gate-heading" ref={props.gateRef}>
      <h3 id="gate-heading" tabIndex={-1}>
        You might be flooded
      </h3>
      <p>
        Your last check-in says your body is still stirred up. Talking usually goes better after a break of twenty
        minutes or more. It's your choice: you can still go on below.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={props.onBreak}>
          Take a break first
        </button>
      </div>
    </section>
  );
}

import type { MemberView, RuptureDetailView, SpaceView } from '@repairable/core';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Alert } from '../../components/alert';
import { useAction } from '../../components/use-action';
import { repairApi } from '../../repair-api';
import { availableActions, primaryAction } from '../../rupture-actions';
import { minutesFrom } from '../../time';
import { ShortAnswerForm } from './answer-forms';
import { AttemptForm } from './attempt-form';
import { BreakForm } from './break-form';
import type { RuptureState } from './use-rupture';

/** Which inline form is open under the buttons; one at a time. */
type Panel =
  | { kind: 'none' }
  | { kind: 'gate' }
  | { kind: 'attempt' }
  | { kind: 'break' }
  | { kind: 'notYet' }
  | { kind: 'reconnect'; member: MemberView };

const NONE: Panel = { kind: 'none' };

/**
 * The buttons that apply to this rupture now (see `availableActions`), and
 * the small inline forms they open. Every request carries the version
 * shown; the page above says when it changed meanwhile.
 */
export function RuptureActions(props: { space: SpaceView; rupture: RuptureDetailView; state: RuptureState }) {
  const { space, rupture, state } = props;
  const [panel, setPanel] = useState<Panel>(NONE);
  // Asking whether to offer a break first is its own small action, with its own error line.
  const gate = useAction();
  const panelRef = useRef<HTMLDivElement>(null);
  const can = availableActions(rupture, space.members);
  const parent = space.kind === 'parent_child';

  // Move focus into a form as it opens, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (panel.kind === 'none') return;
    const first = panelRef.current?.querySelector<HTMLElement>('h3, input, textarea, button');
    first?.focus();
  }, [panel]);

  const close = () => setPanel(NONE);
  const act = async (action: Parameters<RuptureState['run']>[0]) => {
    if (!state.busy && (await state.run(action))) close();
  };
  // A form whose action no longer applies (the rupture changed meanwhile) is not shown.
  const shown = stillApplies(panel, can) ? panel : NONE;

  function startAttempt() {
    return gate.run(async () => {
      const regulation = await repairApi.regulation(space.id);
      setPanel(regulation.offerBreak ? { kind: 'gate' } : { kind: 'attempt' });
    });
  }

  // One suggested next step stands out; everything else is quieter.
  const primary = primaryAction(can, parent);
  const look = (action: keyof typeof can) => (action === primary ? 'button' : 'button button-secondary');

  const reconnectButtons = can.reconnectWith.map((member) => (
    <button
      key={member.id}
      type="button"
      class={look('reconnectWith')}
      onClick={() => setPanel({ kind: 'reconnect', member })}
    >
      Record reconnection with {member.displayName}
    </button>
  ));

  const any =
    can.raise || can.acknowledge || can.attempt || can.respond || can.takeBreak || can.letGo || reconnectButtons.length;
  if (!any) return null;

  return (
    <section class="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">What you can do</h2>
      <div class="actions">
        {parent && reconnectButtons}
        {can.respond && (
          <>
            <button
              type="button"
              class={look('respond')}
              onClick={() => act((t) => repairApi.respond(t, { feel: 'repaired' }))}
            >
              I feel repaired
            </button>
            <button type="button" class="button button-secondary" onClick={() => setPanel({ kind: 'notYet' })}>
              Not yet
            </button>
          </>
        )}
        {can.raise && (
          <button type="button" class={look('raise')} onClick={() => act(repairApi.raise)}>
            Raise it
          </button>
        )}
        {can.acknowledge && (
          <button type="button" class={look('acknowledge')} onClick={() => act(repairApi.acknowledge)}>
            Something happened between us
          </button>
        )}
        {can.attempt && (
          <button type="button" class={look('attempt')} aria-disabled={gate.busy} onClick={startAttempt}>
            Make a repair attempt
          </button>
        )}
        {!parent && reconnectButtons}
        {can.takeBreak && (
          <button type="button" class="button button-secondary" onClick={() => setPanel({ kind: 'break' })}>
            Take a break
          </button>
        )}
        {can.letGo && (
          <button type="button" class="button button-secondary" onClick={() => act(repairApi.letGo)}>
            Let it go
          </button>
        )}
      </div>
      <Alert message={gate.error} />
      <div ref={panelRef}>
        {shown.kind === 'gate' && (
          <FloodedGate onBreak={() => setPanel({ kind: 'break' })} onGoOn={() => setPanel({ kind: 'attempt' })} />
        )}
        {shown.kind === 'attempt' && (
          <AttemptForm
            spaceKind={space.kind}
            busy={state.busy}
            onSend={async (attempt) => {
              const sent = await state.run((t) => repairApi.attempt(t, attempt));
              if (sent) close();
              return sent;
            }}
            onCancel={close}
          />
        )}
        {shown.kind === 'break' && (
          <BreakForm
            busy={state.busy}
            onStart={(minutes) => act((t) => repairApi.takeBreak(t, minutesFrom(new Date(), minutes)))}
            onCancel={close}
          />
        )}
        {shown.kind === 'notYet' && (
          <ShortAnswerForm
            label="What I still need"
            hint="Optional. For example: a hug, to talk tonight, a little more time."
            submitLabel="Send"
            busy={state.busy}
            onSubmit={(need) =>
              act((t) => repairApi.respond(t, need ? { feel: 'not_yet', need } : { feel: 'not_yet' }))
            }
            onCancel={close}
          />
        )}
        {shown.kind === 'reconnect' && (
          <ShortAnswerForm
            label="What did you notice?"
            hint="calmed, came close, played again"
            submitLabel="Save reconnection"
            busy={state.busy}
            onSubmit={(note) =>
              act((t) =>
                repairApi.reconnected(t, note ? { memberId: shown.member.id, note } : { memberId: shown.member.id }),
              )
            }
            onCancel={close}
          />
        )}
      </div>
    </section>
  );
}

function stillApplies(panel: Panel, can: ReturnType<typeof availableActions>): boolean {
  switch (panel.kind) {
    case 'none':
      return true;
    case 'gate':
    case 'attempt':
      return can.attempt;
    case 'break':
      return can.takeBreak;
    case 'notYet':
      return can.respond;
    case 'reconnect':
      return can.reconnectWith.some((m) => m.id === panel.member.id);
  }
}

/** Rule 6: flooded (a recent strong check-in), so a break is offered first. Going on is always allowed. */
function FloodedGate(props: { onBreak: () => void; onGoOn: () => void }) {
  return (
    <section class="note gate" aria-labelledby="gate-heading">
      <h3 id="gate-heading" tabIndex={-1}>
        You might be flooded
      </h3>
      <p>
        Your last check-in says your body is still stirred up. Talking usually goes better after a break of twenty
        minutes or more. It's your choice.
      </p>
      <div class="actions">
        <button type="button" class="button" onClick={props.onBreak}>
          Take a break first
        </button>
        <button type="button" class="button button-secondary" onClick={props.onGoOn}>
          Go on anyway
        </button>
      </div>
    </section>
  );
}

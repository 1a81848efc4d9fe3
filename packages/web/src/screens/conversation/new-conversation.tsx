import type { ProtocolSummary, RuptureDetailView, SpaceView } from '@repairable/core';
import { api } from '../../api';
import type { ScreenProps } from '../../app';
import { Alert } from '../../components/alert';
import { RadioGroup } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { PageTitle } from '../../components/page-title';
import { useAction } from '../../components/use-action';
import { apiErrors, type Rules, useForm } from '../../components/use-form';
import { useLoad } from '../../components/use-load';
import { conversationApi } from '../../conversation-api';
import {
  AGE_BANDS,
  availability,
  type How,
  initialDraft,
  peopleFor,
  type StartDraft,
  startInput,
} from '../../conversation-start';
import { repairApi } from '../../repair-api';
import { ruptureLabel } from '../../repair-labels';
import { navigate } from '../../router';

interface Loaded {
  space: SpaceView;
  protocols: ProtocolSummary[];
  rupture: RuptureDetailView | undefined;
}

async function load(spaceId: string, ruptureId: string | undefined): Promise<Loaded> {
  const [space, protocols, rupture] = await Promise.all([
    api.space(spaceId),
    conversationApi.protocols(),
    ruptureId ? repairApi.rupture(spaceId, ruptureId) : Promise.resolve(undefined),
  ]);
  return { space, protocols, rupture };
}

/**
 * Pick a guided conversation: one line on what each is for, those one can
 * do alone marked so, and who it is with (from a rupture, its people). The
 * parent do-over asks the child's age. `?rupture=` links it to a rupture.
 */
export function NewConversationScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const ruptureId = props.query.get('rupture') ?? undefined;
  const loaded = useLoad(() => load(spaceId, ruptureId), `${spaceId}/${ruptureId}`);
  if (loaded.error) {
    return (
      <>
        <PageTitle back={{ href: `/spaces/${spaceId}`, label: 'The space' }}>Start a conversation</PageTitle>
        <Alert message={loaded.error.message} />
      </>
    );
  }
  if (!loaded.data) return <p class="loading">Loading…</p>;
  return <StartForm {...loaded.data} ruptureId={ruptureId} />;
}

const FIELD_FOR = {
  invalid_age_band: 'ageBand',
  invalid_participants: 'protocol',
  conversation_rupture_not_shared: 'withId',
} as const;

function StartForm(props: Loaded & { ruptureId: string | undefined }) {
  const { space, protocols, rupture } = props;
  const me = space.members.find((m) => m.isMe);
  const people = peopleFor(space.members, rupture, space.kind);
  const form = useForm<StartDraft>({
    initial: initialDraft(protocols, people, rupture !== undefined),
    rules: RULES,
    order: ['protocol', 'withId', 'childId', 'ageBand', 'how'],
  });
  const { busy, run } = useAction({ leaves: true });
  const chosen = protocols.find((p) => p.id === form.values.protocol);
  const childName = people.children.find((c) => c.id === form.values.childId)?.displayName ?? 'your child';
  const back = rupture ? `/spaces/${space.id}/ruptures/${rupture.id}` : `/spaces/${space.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check() || !chosen || !me) return;
    if (chosen.withChild && !form.values.ageBand) {
      form.fail({ fields: { ageBand: `Please choose how old ${childName} is.` } });
      return;
    }
    await run(async () => {
      try {
        const started = await conversationApi.start(space.id, startInput(form.values, chosen, rupture?.id, me.id));
        navigate(`/spaces/${space.id}/conversations/${started.id}`);
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
    });
  }

  const options = protocols.map((p) => {
    const why = availability(p, people);
    const alone = p.alone && !p.withChild ? ' You can also do this one on your own.' : '';
    return { value: p.id, label: p.title, hint: why ?? `${p.purpose}${alone}`, disabled: why !== undefined };
  });
  const others = people.withAccount.map((m) => ({ value: m.id, label: m.displayName }));
  const twoWays = chosen && !chosen.withChild && chosen.alone && others.length > 0;
  const otherName = people.withAccount.find((m) => m.id === form.values.withId)?.displayName ?? 'them';

  return (
    <>
      <PageTitle back={{ href: back, label: rupture ? 'The rupture' : space.name }}>Start a conversation</PageTitle>
      <p class="subtitle">
        {rupture ? `About: ${ruptureLabel(rupture)}` : 'A guided conversation, one step at a time.'}
      </p>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary {...form.summary} />
        <RadioGroup legend="Which conversation?" options={options} {...form.choose('protocol')} layout="list" />
        {chosen?.withChild && people.children.length > 1 && (
          <RadioGroup
            legend="With which child?"
            options={people.children.map((m) => ({ value: m.id, label: m.displayName }))}
            {...form.choose('childId')}
            layout="row"
          />
        )}
        {chosen?.withChild && (
          <RadioGroup
            legend={`How old is ${childName}?`}
            hint="The words and steps fit their age."
            options={AGE_BANDS}
            {...form.choose('ageBand')}
            layout="list"
          />
        )}
        {chosen && !chosen.withChild && others.length > 1 && (
          <RadioGroup legend="With whom?" options={others} {...form.choose('withId')} layout="row" />
        )}
        {twoWays && (
          <RadioGroup<How>
            legend="How?"
            options={[
              { value: 'together', label: 'Together', hint: `Taking turns, ${otherName} on their own phone.` },
              {
                value: 'alone',
                label: 'At my own pace',
                hint: `Nothing waits on ${otherName}. They can read it when they like.`,
              },
            ]}
            {...form.choose('how')}
            layout="list"
          />
        )}
        {chosen && !chosen.withChild && others.length === 1 && !twoWays && (
          <p class="muted">With {others[0]?.label}.</p>
        )}
        {chosen && !chosen.withChild && others.length === 0 && <p class="muted">You'll go through it on your own.</p>}
        <button type="submit" class="button" aria-disabled={busy}>
          Start
        </button>
      </form>
    </>
  );
}

const RULES: Rules<StartDraft> = {
  protocol: (v) => (v ? undefined : 'Please choose a conversation.'),
};

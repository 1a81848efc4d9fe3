import { LIMITS, type MemberView, type SpaceView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../../api';
import { Alert } from '../../components/alert';
import { ErrorSummary } from '../../components/error-summary';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { useAction } from '../../components/use-action';
import { apiErrors, useForm } from '../../components/use-form';

const NAME_RULES = { name: (v: string) => (v.trim() ? undefined : 'Please give a name.') };

/** Which field a refusal from the server is about. */
const NAME_FIELD_FOR = { invalid_display_name: 'name' } as const;

interface Props {
  space: SpaceView;
  onChange: (space: SpaceView) => void;
}

/** The members of a space; members without an account can be renamed or removed here. */
export function MemberList(props: Props) {
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const removal = useAction();

  function remove(member: MemberView) {
    return removal.run(async () => {
      await api.removeMember(props.space.id, member.id);
      props.onChange({ ...props.space, members: props.space.members.filter((m) => m.id !== member.id) });
    });
  }

  function renamed(member: MemberView) {
    setEditing(undefined);
    props.onChange({ ...props.space, members: props.space.members.map((m) => (m.id === member.id ? member : m)) });
  }

  return (
    <>
      <ul class="plain-list members" aria-labelledby="members-heading">
        {props.space.members.map((member) => (
          <li key={member.id} class="member">
            {editing === member.id ? (
              <RenameMemberForm
                spaceId={props.space.id}
                member={member}
                onDone={renamed}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <>
                <span class="member-name">
                  {member.displayName}
                  {member.isMe && <span class="member-you"> (you)</span>}
                </span>
                {!member.hasAccount && <span class="member-note">No account</span>}
                {!member.hasAccount && (
                  <span class="member-actions">
                    <button
                      type="button"
                      class="button-small"
                      aria-label={`Rename ${member.displayName}`}
                      onClick={() => setEditing(member.id)}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      class="button-small"
                      aria-label={`Remove ${member.displayName}`}
                      aria-disabled={removal.busy}
                      onClick={() => remove(member)}
                    >
                      Remove
                    </button>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
      <Alert message={removal.error} />
    </>
  );
}

function RenameMemberForm(props: {
  spaceId: string;
  member: MemberView;
  onDone: (member: MemberView) => void;
  onCancel: () => void;
}) {
  const form = useForm<{ name: string }>({
    initial: { name: props.member.displayName },
    rules: NAME_RULES,
    limits: { name: LIMITS.displayName },
    names: { name: 'The name' },
    order: ['name'],
  });
  const { busy, run } = useAction();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    await run(async () => {
      try {
        props.onDone(await api.renameMember(props.spaceId, props.member.id, form.values.name.trim()));
      } catch (err) {
        form.fail(apiErrors(err, NAME_FIELD_FOR));
        throw err;
      }
    });
  }

  return (
    <form class="inline-form" onSubmit={submit} noValidate>
      <ErrorSummary {...form.summary} />
      <Field
        label={`New name for ${props.member.displayName}`}
        {...form.bind('name')}
        autocomplete="off"
        onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
      />
      <FormActions submitLabel="Save" busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

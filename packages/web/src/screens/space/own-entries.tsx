import type { CheckinView, MemberView } from '@repairable/core';
import { useRef, useState } from 'preact/hooks';
import { repairApi } from '../../repair-api';
import { checkinLabel } from '../../repair-labels';
import { relativeTime } from '../../time';
import { CheckinNoteEditor, EntryActions } from './entry-actions';

/** What every timeline entry gets. */
export interface EntryProps {
  spaceId: string;
  members: readonly MemberView[];
  now: Date;
  /** After one's own entry was edited or deleted: what to say, and whether the entry is gone. */
  onChanged: (words: string, entryGone: boolean) => void;
}

/**
 * The timeline's side of editing one's own entries: after an edit or a
 * delete the list reloads and one Status says so ("Deleted."), announced
 * again even twice in a row; when the entry is gone, focus goes to the
 * timeline's heading rather than nowhere.
 */
export function useEntryChanges(reload: () => void) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState<string | undefined>(undefined);
  const onChanged = (words: string, entryGone: boolean) => {
    reload();
    setSaid(undefined);
    requestAnimationFrame(() => setSaid(words));
    if (entryGone) heading.current?.focus();
  };
  return { heading, said, onChanged };
}

/** One's own check-in (nobody else ever sees one): its note can be changed in place, or the whole of it deleted. */
export function CheckinEntry(props: EntryProps & { checkin: CheckinView }) {
  const { checkin, spaceId } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const when = relativeTime(checkin.createdAt, props.now);
  const what = `check-in, ${when}`;
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  return (
    <>
      <div class="item-body">
        <span class="item-title">{checkinLabel(checkin)}</span>{' '}
        <span class="item-meta">
          {when} · only you see this{checkin.editedAt && ' · edited'}
        </span>
        {checkin.note && !editing && <span class="item-note">{checkin.note}</span>}
      </div>
      {editing ? (
        <CheckinNoteEditor
          note={checkin.note}
          what={what}
          close={close}
          save={async (note) => {
            await repairApi.editCheckin(spaceId, checkin.id, note);
            close();
            props.onChanged('Saved.', false);
          }}
        />
      ) : (
        <EntryActions
          what={what}
          edit={{ open: () => setEditing(true) }}
          editRef={editButton}
          remove={() => repairApi.deleteCheckin(spaceId, checkin.id)}
          onDeleted={() => props.onChanged('Deleted.', true)}
        />
      )}
    </>
  );
}

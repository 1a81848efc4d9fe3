import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { MomentForm } from '../components/moment-form';
import { PageTitle } from '../components/page-title';
import { useLoad } from '../components/use-load';
import { repairApi } from '../repair-api';
import { navigate } from '../router';
import { flash } from '../state';

/**
 * Editing one's own good moment: the same form as a new one, filled in.
 * Everyone who sees it will see that it was edited; choosing "Only me" on a
 * shared one takes it back.
 */
export function EditMomentScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const momentId = props.params.momentId ?? '';
  const moment = useLoad(() => repairApi.moment(spaceId, momentId), `${spaceId}|${momentId}`);
  const back = `/spaces/${spaceId}`;

  if (moment.error || (moment.data && !moment.data.isMine)) {
    const gone = !moment.error || moment.error.status === 404 || moment.error.status === 400;
    return (
      <>
        <PageTitle back={{ href: back, label: 'Back to the space' }}>
          {gone ? 'This moment cannot be changed here.' : 'This moment did not load.'}
        </PageTitle>
        {gone ? (
          <p>It may have been deleted, or it may be someone else’s to change.</p>
        ) : (
          <Alert message={moment.error?.message} />
        )}
      </>
    );
  }
  if (!moment.data) return <p class="loading">Loading…</p>;

  const current = moment.data;
  return (
    <>
      <PageTitle back={{ href: back, label: 'Back to the space' }}>Edit this moment</PageTitle>
      <p class="subtitle">
        {current.visibility === 'shared'
          ? 'The others will see your new words, marked “edited”.'
          : 'Only you see this moment.'}
      </p>
      <MomentForm
        key={current.id}
        initial={{ kind: current.kind, note: current.note ?? '', visibility: current.visibility }}
        submitLabel="Save changes"
        cancelHref={back}
        {...(current.visibility === 'shared'
          ? { visibilityHint: '“Only me” takes it back: the others will no longer see it.' }
          : {})}
        save={async (input) => {
          await repairApi.editMoment(spaceId, current.id, input);
          flash.value = 'Saved.';
          navigate(back);
        }}
      />
    </>
  );
}

import { api } from '../api';
import type { ScreenProps } from '../app';
import { MomentForm } from '../components/moment-form';
import { PageTitle } from '../components/page-title';
import { useLoad } from '../components/use-load';
import { repairApi } from '../repair-api';
import { navigate } from '../router';
import { flash } from '../state';

/** Something good: appreciation, a bid turned toward, joy… Shared by default, because good things are for sharing. */
export function NewMomentScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const space = useLoad(() => api.space(spaceId), spaceId);

  return (
    <>
      <PageTitle>Something good</PageTitle>
      <p class="subtitle">Small good moments count. They are what repair rests on.</p>
      <MomentForm
        initial={{ kind: undefined, note: '', visibility: 'shared' }}
        submitLabel="Save moment"
        cancelHref={`/spaces/${spaceId}`}
        error={space.error?.message}
        save={async ({ kind, note, visibility }) => {
          const about = (space.data?.members ?? []).filter((m) => !m.isMe).map((m) => m.id);
          await repairApi.createMoment(spaceId, { kind, visibility, about, ...(note ? { note } : {}) });
          flash.value = 'Saved.';
          navigate(`/spaces/${spaceId}`);
        }}
      />
    </>
  );
}

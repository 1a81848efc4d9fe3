import { breakReturnTime, isOpen, type RuptureView } from '@repairable/core';
import { useState } from 'preact/hooks';
import { api } from '../api';
import { Alert, Status } from '../components/alert';
import { CheckboxGroup, RadioGroup } from '../components/choices';
import { ErrorSummary } from '../components/error-summary';
import { useAction } from '../components/use-action';
import { apiErrors, type Rules, useForm } from '../components/use-form';
import { useLoad } from '../components/use-load';
import { repairApi } from '../repair-api';
import { ruptureLabel } from '../repair-labels';
import { breakLength, clockTime, relativeTime } from '../time';

const LONGER = [30, 60];

/** What to pause (nothing chosen yet: all of it) and for how many minutes. */
type BreakChoice = { chosen: string[] | undefined; length: string };

const RULES: Rules<BreakChoice> = {
  chosen: (v) => (v?.length === 0 ? 'Please choose what to pause.' : undefined),
};

/** Which field a refusal from the server is about; anything else goes at the top of the summary. */
const FIELD_FOR = { break_too_short: 'length', invalid_return_time: 'length' } as const;

/**
 * Right after a flooded check-in: a break on what is open between us, in
 * one step. Only shared ruptures I am involved in are offered (a private
 * one has nobody to tell), by their neutral label ("Small · Missed bid"),
 * never a topic or note. The others see only that I am on a break and
 * when I plan to be back (rule 6); never that I checked in.
 */
export function BreakOffer(props: { spaceId: string; minimumMinutes: number }) {
  const open = useLoad(() => breakable(props.spaceId), props.spaceId);
  const form = useForm<BreakChoice>({
    initial: { chosen: undefined, length: String(props.minimumMinutes) },
    rules: RULES,
    order: ['chosen', 'length'],
  });
  const { chosen, length } = form.values;
  const [started, setStarted] = useState<string | undefined>(undefined);
  const { busy, run } = useAction();
  const now = new Date();

  const ruptures = open.data ?? [];
  if (open.error) return <Alert message={open.error.message} />;
  if (ruptures.length === 0) return null;
  const picked = chosen ?? ruptures.map((r) => r.id);
  const lengths = [props.minimumMinutes, ...LONGER.filter((m) => m > props.minimumMinutes)].map((m) => ({
    value: String(m),
    label: breakLength(m),
  }));

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || !form.check()) return;
    const ok = await run(async () => {
      const returnAt = breakReturnTime(new Date(), Number(length), true).toISOString();
      try {
        for (const rupture of ruptures.filter((r) => picked.includes(r.id))) {
          await repairApi.takeBreak({ spaceId: props.spaceId, id: rupture.id, version: rupture.version }, returnAt);
        }
      } catch (err) {
        form.fail(apiErrors(err, FIELD_FOR));
        throw err;
      }
      setStarted(returnAt);
    });
    // Something changed meanwhile (a 409): show what is open now, for another try.
    if (!ok) open.reload();
  }

  return (
    <section class="panel" aria-labelledby="break-offer-heading">
      <h2 id="break-offer-heading">Take a break</h2>
      {started ? (
        <Status message={`Your break has started. They'll see you plan to be back at ${clockTime(started, now)}.`} />
      ) : (
        <form class="stack" onSubmit={submit} noValidate>
          <ErrorSummary {...form.summary} />
          <p class="muted">
            You can pause what's open between you. They'll see that you're taking a break and when you plan to come
            back, nothing more.
          </p>
          <CheckboxGroup
            legend="What to pause"
            options={ruptures.map((r) => ({
              value: r.id,
              label: ruptureLabel(r),
              hint: relativeTime(r.occurredAt, now),
            }))}
            values={picked}
            onChange={(v) => form.set('chosen', v)}
            layout="list"
            id={form.id('chosen')}
            error={form.error('chosen')}
          />
          <RadioGroup
            legend="Back in"
            options={lengths}
            value={length}
            onChange={(v) => form.set('length', v)}
            layout="row"
            id={form.id('length')}
            error={form.error('length')}
          />
          <button type="submit" class="button" aria-disabled={busy}>
            Start break
          </button>
        </form>
      )}
    </section>
  );
}

/** The shared, open, non-harm ruptures of this space that I am involved in. */
async function breakable(spaceId: string): Promise<RuptureView[]> {
  const [space, page] = await Promise.all([api.space(spaceId), repairApi.ruptures(spaceId, 'open')]);
  const myId = space.members.find((m) => m.isMe)?.id;
  return page.items.filter(
    (r) => isOpen(r) && !r.harm && r.visibility === 'shared' && myId !== undefined && r.involved.includes(myId),
  );
}

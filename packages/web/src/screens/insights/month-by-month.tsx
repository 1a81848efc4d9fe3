import type { MonthOfBalance, MonthOfRepair } from '@repairable/core';
import { NOT_ENOUGH } from '../../insights-words';
import { monthBalanceSentence, monthOfRepairSaid, monthRepairSentence } from '../../month-words';
import { BalanceByMonthChart, MONTHS_DRAWN, RepairByMonthChart } from './month-charts';

/**
 * Month by month within the window: good moments beside ruptures, and how
 * many of each month's ruptures were repaired within the week. Each part is
 * a sentence first, then its chart and table; a part with no month that
 * rests on enough says "not enough yet" instead.
 */
export function MonthByMonth(props: {
  balance: readonly MonthOfBalance[];
  repair: { withinDays: number; months: readonly MonthOfRepair[] };
  currentMonth: string;
}) {
  const balanceShown = props.balance.some((m) => m.enough);
  const repairShown = props.repair.months.some(monthOfRepairSaid);
  const longer = props.balance.length > MONTHS_DRAWN || props.repair.months.length > MONTHS_DRAWN;
  return (
    <section class="panel insight" aria-labelledby="months-heading" data-insight="months">
      <h2 id="months-heading">Month by month</h2>
      {balanceShown || repairShown ? (
        <MonthParts {...props} balanceShown={balanceShown} repairShown={repairShown} longer={longer} />
      ) : (
        <p class="empty-note">{NOT_ENOUGH}</p>
      )}
    </section>
  );
}

/** The two parts, each a sentence (or "not enough yet") and, when there is enough, its chart. */
function MonthParts(
  props: Parameters<typeof MonthByMonth>[0] & { balanceShown: boolean; repairShown: boolean; longer: boolean },
) {
  const { balanceShown, repairShown, longer } = props;
  return (
    <>
      <h3 class="insight-part">Good moments beside ruptures</h3>
      <p class={balanceShown ? 'insight-sentence' : 'empty-note'}>
        {monthBalanceSentence(props.balance, props.currentMonth)}
      </p>
      {balanceShown && <BalanceByMonthChart months={props.balance} />}
      <h3 class="insight-part">Repaired within a week</h3>
      <p class={repairShown ? 'insight-sentence' : 'empty-note'}>
        {monthRepairSentence(props.repair.months, props.repair.withinDays)}
      </p>
      {repairShown && <RepairByMonthChart months={props.repair.months} withinDays={props.repair.withinDays} />}
      {longer && (
        <p class="small muted">The charts show the last {MONTHS_DRAWN} months; the tables hold every month.</p>
      )}
    </>
  );
}

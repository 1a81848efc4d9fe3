import { INSIGHT_WINDOWS, type InsightWindow, RUPTURE_SIZES, SIZE_WEIGHTS } from '@repairable/core';
import { api } from '../api';
import type { ScreenProps } from '../app';
import { Alert } from '../components/alert';
import { RadioGroup } from '../components/choices';
import { PageTitle } from '../components/page-title';
import { useLiveRefresh } from '../components/use-live';
import { useLoad } from '../components/use-load';
import {
  audienceOf,
  balanceSentence,
  between,
  confidenceSentence,
  guideWords,
  letGoSentence,
  regulationSentence,
  repairSentence,
  WINDOW_LABELS,
} from '../insights-words';
import { repairApi } from '../repair-api';
import { replaceQuery } from '../router';
import { BalanceChart } from './insights/balance-chart';
import { ConfidenceChart } from './insights/confidence-chart';
import { Figure } from './insights/figure';
import { MonthByMonth } from './insights/month-by-month';
import { QuietWall } from './insights/quiet-wall';
import { RegulationChart } from './insights/regulation-chart';
import { RepairChart } from './insights/repair-chart';
import { Themes } from './insights/themes';
import { SpaceUnavailable } from './space/space-unavailable';

const WINDOW_CHOICES = INSIGHT_WINDOWS.map((value) => ({ value, label: WINDOW_LABELS[value] }));

/** The window in the URL (`?window=90d`), or 30 days. */
export function windowFrom(query: URLSearchParams): InsightWindow {
  const asked = query.get('window');
  return (INSIGHT_WINDOWS as readonly string[]).includes(asked ?? '') ? (asked as InsightWindow) : '30d';
}

/**
 * A space's insights (DESIGN.md §5): plain words first, a chart second,
 * over the moments the viewer may see. The window is remembered in the URL;
 * the quiet wall is what is open now, whatever the window. A live message
 * about the space reads the figures again. Loaded on demand
 * (app.tsx), so its charts never weigh on the first page.
 */
export function InsightsScreen(props: ScreenProps) {
  const spaceId = props.params.spaceId ?? '';
  const window = windowFrom(props.query);
  const space = useLoad(() => api.space(spaceId), spaceId);
  const insights = useLoad(() => repairApi.insights(spaceId, window), `${spaceId}|${window}`);
  // Something changed in the space (or the socket came back): the figures are read again.
  useLiveRefresh(spaceId, (message) => {
    if (message?.type !== 'member.joined') insights.reload();
  });

  if (space.error) return <SpaceUnavailable message={space.error.message} status={space.error.status} />;
  if (!space.data) return <p class="loading">Loading…</p>;
  const current = space.data;
  const audience = audienceOf(current.members, current.kind);

  function choose(next: InsightWindow) {
    const query = new URLSearchParams(props.query);
    query.set('window', next);
    replaceQuery(query);
  }

  const data = insights.data;
  return (
    <div class="insights">
      <PageTitle back={{ href: `/spaces/${current.id}`, label: current.name }}>Insights</PageTitle>
      <p class="subtitle">
        {audience.kind === 'alone'
          ? 'What the moments you noted here add up to.'
          : `What the moments noted here add up to, between ${between(audience)}.`}
        {/* Only when someone else can note things here is there anything the viewer does not see. */}
        {audience.kind === 'together' && ' Only what you can see counts.'}
      </p>
      <RadioGroup legend="Looking back over" options={WINDOW_CHOICES} value={window} onChange={choose} layout="row" />
      <Alert message={insights.error?.message} />
      {!data && !insights.error && <p class="loading">Loading…</p>}
      {data && (
        <div class="insight-list" aria-busy={data.window !== window ? 'true' : undefined}>
          <QuietWall spaceId={current.id} wall={data.quietWall} audience={audience} />
          <Figure
            id="repair"
            title="Time to repair"
            sentence={repairSentence(data.repair, data.repairedWithin)}
            enough={data.repair.enough}
            note={letGoSentence(data.repair)}
          >
            <ul class="insight-sizes">
              {RUPTURE_SIZES.filter((s) => data.repairBySize[s].enough).map((s) => (
                <li key={s}>{repairSentence(data.repairBySize[s], data.repairBySize[s].repairedWithin, s)}</li>
              ))}
            </ul>
            {data.repairedWithin.length > 0 && <RepairChart points={data.repairedWithin} />}
          </Figure>
          <Figure
            id="balance"
            title="Good moments beside ruptures"
            sentence={balanceSentence(data.balance, window)}
            enough={data.balance.enough}
            note={`${guideWords(current.kind)} Weighted by size, a tiny rupture counts ${SIZE_WEIGHTS.tiny}, small ${SIZE_WEIGHTS.small}, medium ${SIZE_WEIGHTS.medium} and big ${SIZE_WEIGHTS.big}: the table shows both.`}
          >
            <BalanceChart byWindow={data.balanceByWindow} chosen={window} guide={data.balanceGuide.ratio} />
          </Figure>
          <MonthByMonth
            balance={data.balanceByMonth}
            repair={data.repairByMonth}
            currentMonth={new Date().toISOString().slice(0, 7)}
          />
          <Themes spaceId={current.id} themes={data.themes} chains={data.chains} />
          <Figure
            id="confidence"
            title="Repair confidence"
            sentence={confidenceSentence(data.confidence, audience)}
            enough={data.confidence.enough}
          >
            <ConfidenceChart confidence={data.confidence} />
          </Figure>
          <Figure
            id="regulation"
            title="Reaching out while flooded or calm"
            sentence={regulationSentence(data.regulation, audience)}
            enough={data.regulation.enough}
            note="Only your own attempts count here: how you felt when you reached out is yours alone."
          >
            <RegulationChart regulation={data.regulation} />
          </Figure>
        </div>
      )}
    </div>
  );
}

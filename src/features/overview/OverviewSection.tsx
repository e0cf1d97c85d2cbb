import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '@/components/SectionFrame';
import { OverviewKpis } from './OverviewKpis';

/**
 * The charts (and the chart frame, table and export code they share with every
 * section) are their own chunk, requested as soon as the page starts so it arrives
 * alongside the budget: the KPI tiles never wait for chart code.
 */
let LoadedCharts: (() => ReactNode) | undefined;
const charts = import('./OverviewCharts').then((m) => {
  LoadedCharts = m.OverviewCharts;
  return m.OverviewCharts;
});

/**
 * The charts once their chunk is in. A plain state update, not Suspense: React
 * holds back revealing a suspended boundary (about 300 ms) to batch reveals, which
 * would leave the first chart waiting long after its code arrived.
 */
function useChartsLoaded(): boolean | Error {
  const [loaded, setLoaded] = useState<boolean | Error>(() => LoadedCharts !== undefined);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    charts.then(
      () => live && setLoaded(true),
      (error: unknown) => live && setLoaded(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}

export function OverviewSection({ id }: { id: string }) {
  const { t } = useTranslation('overview');
  const loaded = useChartsLoaded();
  return (
    <SectionFrame id={id} title={t('common:section.overview')} intro={t('intro')}>
      <OverviewKpis />
      {/* Normally the chunk is in before the budget, and the charts are drawn with the tiles in one frame. */}
      {loaded instanceof Error ? (
        <p role="alert" className="mt-4 rounded-lg border border-bad bg-paper p-4 text-bad">
          {t('common:sectionError', { message: loaded.message })}
        </p>
      ) : loaded && LoadedCharts ? (
        <LoadedCharts />
      ) : (
        <div aria-hidden="true" className="mt-4 min-h-[26rem] rounded-lg bg-paper" />
      )}
    </SectionFrame>
  );
}

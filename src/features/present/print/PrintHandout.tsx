import { useTranslation } from '@/i18n/react';
import { BarList } from '@/components/charts';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useCategoryFilter } from '@/state/viewState';
import { ChecksTable } from '../SlideVisual';
import { useDeck } from '../useDeck';
import { ItemsTable } from './ItemsTable';
import { KeyWorkTable } from './KeyWorkTable';
import { KpiStrip } from './KpiStrip';
import { usePrinting } from './usePrinting';

/**
 * The printed handout (issue 12): a few designed A4 pages instead of the screen
 * printed as it is. Built from the deck's rendered slides and the item rows, so
 * paper, screen and slides state the same figures, filter and language. Drawn
 * only once printing starts; src/print.css shows it in place of the dashboard.
 */
export function PrintHandout() {
  const printing = usePrinting();
  return printing ? <Handout /> : null;
}

function Handout() {
  const { t } = useTranslation('present');
  const budget = useBudgetModel();
  const format = useFormat();
  const [filterId] = useCategoryFilter();
  const { rendered } = useDeck();
  const slide = (id: string) => rendered.slides.find((s) => s.id === id);
  const spending = slide('spending');
  const findings = slide('findings');
  const keyWork = slide('keyWork');
  const bars = spending?.figure?.visual;
  const checks = findings?.figure?.visual;
  const timeline = keyWork?.figure?.visual;
  return (
    <div data-handout="" className="hidden text-ink print:block" lang={format.language}>
      <header className="mb-3 border-b-2 border-ink pb-1.5">
        <p className="text-[18px] font-semibold">{t('print.title', { name: format.name(budget.department), year: budget.fiscalYear })}</p>
        <p className="text-[11px] text-ink-soft">
          {[t('handout.unit', { unit: format.unitLabel }), rendered.source, rendered.filter].filter(Boolean).join(' · ')}
        </p>
      </header>
      <KpiStrip slides={rendered.slides} />
      <div className="handout-block mt-4 grid grid-cols-[minmax(0,5fr)_minmax(0,7fr)] items-start gap-6">
        {spending && bars && bars.kind !== 'table' && bars.kind !== 'gantt' ? (
          <figure className="handout-chart">
            <figcaption className="mb-1 text-[13px] font-semibold">
              {spending.figure?.title}
              <span className="ml-2 text-[11px] font-normal text-ink-soft">{spending.figure?.subtitle}</span>
            </figcaption>
            <BarList data={bars.data} valueFormatter={(d) => d.valueLabel} ariaLabel={spending.figure?.title ?? ''} />
            <p className="mt-1 text-[11px] text-ink-soft">{spending.takeaway}</p>
          </figure>
        ) : null}
        <ItemsTable filterId={filterId} />
      </div>
      {findings && checks?.kind === 'table' ? (
        <section className="handout-block mt-5">
          <h2 className="mb-1 text-[13px] font-semibold">{t('handout.findings')}</h2>
          <p className="mb-1 text-[11px]">{findings.takeaway}</p>
          {checks.table.rows.length > 0 ? <ChecksTable table={checks.table} /> : null}
        </section>
      ) : null}
      {keyWork && timeline?.kind === 'gantt' ? (
        <section className="handout-keywork">
          <KeyWorkTable visual={timeline} title={keyWork.figure?.title ?? keyWork.title} />
        </section>
      ) : null}
    </div>
  );
}

/** The bench's results as one Markdown table per topic, with each target's verdict. */
import type { BundleReport } from './bundle';
import type { InteractionReport, LoadTimings } from './browser';
import type { LibraryReport } from './library';
import type { LighthouseReport } from './lighthouse';

export interface BudgetResult {
  name: string;
  load: LoadTimings;
  session: InteractionReport;
  lighthouse?: { mobile: LighthouseReport; desktop: LighthouseReport };
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; chromium: string; node: string; os: string };
  bundle: BundleReport;
  baseline: { load: LoadTimings; initialJsGzip: number };
  budgets: BudgetResult[];
  library?: LibraryReport;
}

const ms = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const score = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(2));
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');

export interface Target {
  name: string;
  value: string;
  ok: boolean | undefined;
}

export function targets(r: BenchResult): Target[] {
  const seed = r.budgets.find((b) => b.name === 'seed');
  const large = r.budgets.find((b) => b.name === 'large');
  // The worst of the first-screen clicks and the clicks with every section drawn.
  const filter = (b: BudgetResult | undefined) => {
    const worst = [b?.session.interactions.filter?.max, b?.session.interactions.filterAllDrawn?.max].filter((v): v is number => v !== undefined);
    return worst.length ? Math.max(...worst) : undefined;
  };
  const baselineChart = r.baseline.load.chart;
  const out: Target[] = [
    { name: 'Initial JS ≤ 120 KB gzip', value: kb(r.bundle.initialJsGzip), ok: r.bundle.initialJsGzip <= 120 * 1024 },
    ...(r.budgets.map((b) => ({
      name: `First chart (${b.name}) ≤ baseline ${ms(baselineChart)}`,
      value: ms(b.load.chart),
      ok: b.load.chart !== undefined && baselineChart !== undefined ? b.load.chart <= baselineChart : undefined,
    })) satisfies Target[]),
    { name: 'Filter click → next frame ≤ 50 ms (seed, worst)', value: ms(filter(seed)), ok: filter(seed) !== undefined ? filter(seed)! <= 50 : undefined },
    {
      name: 'Filter click → next frame ≤ 100 ms (large, worst)',
      value: ms(filter(large)),
      ok: filter(large) !== undefined ? filter(large)! <= 100 : undefined,
    },
    {
      name: 'No long task > 200 ms (large)',
      value: large ? `longest ${ms(large.session.longTasks.maxMs)}` : '–',
      ok: large ? large.session.longTasks.over200 === 0 : undefined,
    },
  ];
  for (const b of r.budgets) {
    const lh = b.lighthouse;
    out.push({
      name: `Lighthouse mobile performance ≥ 0.95 (${b.name})`,
      value: score(lh?.mobile.median.performance),
      ok: lh ? lh.mobile.median.performance >= 0.95 : undefined,
    });
    const rest = lh ? (['accessibility', 'best-practices', 'seo'] as const).flatMap((c) => [lh.mobile.median[c], lh.desktop.median[c]]) : [];
    out.push({
      name: `Lighthouse a11y, best practices, SEO = 1.00 (${b.name})`,
      value: lh ? rest.map(score).join(' / ') : '–',
      ok: lh ? rest.every((v) => v === 1) : undefined,
    });
  }
  return out;
}

function rows(header: string[], body: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

export function renderMarkdown(r: BenchResult): string {
  const m = r.machine;
  const parts: string[] = [];
  parts.push(
    `Measured ${r.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}, ${m.chromium} (headless); 1366×768, no CPU throttling (Lighthouse mobile throttles).`,
  );
  const names = r.budgets.map((b) => b.name);
  const metric = (label: string, pick: (b: BudgetResult) => string, base = '') => [label, ...r.budgets.map(pick), base];
  const i = (b: BudgetResult, key: string, which: 'median' | 'max') => ms(b.session.interactions[key]?.[which]);
  parts.push(
    rows(
      ['metric', ...names, 'baseline (Vite + React + Recharts, 100 bars)'],
      [
        metric('navigation → first KPI painted (median)', (b) => ms(b.load.kpi), '–'),
        metric('navigation → first chart painted (median)', (b) => ms(b.load.chart), ms(r.baseline.load.chart)),
        metric(
          'first contentful paint / LCP (median)',
          (b) => `${ms(b.load.fcp)} / ${ms(b.load.lcp)}`,
          `${ms(r.baseline.load.fcp)} / ${ms(r.baseline.load.lcp)}`,
        ),
        metric('filter click → next frame, first screen drawn (median / worst)', (b) => `${i(b, 'filter', 'median')} / ${i(b, 'filter', 'max')}`),
        metric(
          'filter click → next frame, every section drawn (median / worst)',
          (b) => `${i(b, 'filterAllDrawn', 'median')} / ${i(b, 'filterAllDrawn', 'max')}`,
        ),
        metric('drill-down click → next frame (median / worst)', (b) => `${i(b, 'drill', 'median')} / ${i(b, 'drill', 'max')}`),
        metric('drill back (breadcrumb) → next frame (worst)', (b) => i(b, 'drillBack', 'max')),
        metric('key-work table tab → next frame (worst)', (b) => i(b, 'keyWorkTable', 'max')),
        metric('deck slide change → next frame (median / worst)', (b) => `${i(b, 'slide', 'median')} / ${i(b, 'slide', 'max')}`),
        metric('Event Timing, longest interaction', (b) => ms(b.session.eventTimingMaxMs)),
        metric(
          'long tasks over the session (count / longest / total)',
          (b) => `${b.session.longTasks.count} / ${ms(b.session.longTasks.maxMs)} / ${ms(b.session.longTasks.totalMs)}`,
        ),
        metric('JS heap used after the session', (b) => `${b.session.heapUsedMB.toFixed(1)} MB`),
        metric('Lighthouse mobile: perf / a11y / best pr. / SEO (median of 3)', (b) => lhCell(b, 'mobile')),
        metric('Lighthouse desktop: perf / a11y / best pr. / SEO (median of 3)', (b) => lhCell(b, 'desktop')),
        ['initial JS (gzip)', kb(r.bundle.initialJsGzip), '', kb(r.baseline.initialJsGzip)],
      ],
    ),
  );
  if (r.library) {
    const l = r.library;
    parts.push(
      rows(
        ['library of ' + l.datasets + ' datasets', 'value'],
        [
          ['import all through the file picker', ms(l.importMs)],
          ['reload → first KPI / first chart painted', `${ms(l.reloadKpiMs)} / ${ms(l.reloadChartMs)}`],
          ['open the library dialog → next frame', ms(l.openDialogMs)],
          ['long tasks after reload (count / longest)', `${l.longTasks.count} / ${ms(l.longTasks.maxMs)}`],
        ],
      ),
    );
  }
  parts.push(
    rows(
      ['chunk', 'raw', 'gzip', 'initial'],
      r.bundle.chunks.map((c) => [c.file.replace(/-[\w-]{8}\./, '.'), kb(c.raw), kb(c.gzip), c.initial ? 'yes' : '']),
    ),
  );
  parts.push(
    rows(
      ['target', 'measured', 'verdict'],
      targets(r).map((t) => [t.name, t.value, verdict(t.ok)]),
    ),
  );
  return parts.join('\n\n') + '\n';
}

function lhCell(b: BudgetResult, form: 'mobile' | 'desktop'): string {
  const s = b.lighthouse?.[form].median;
  return s ? [s.performance, s.accessibility, s['best-practices'], s.seo].map(score).join(' / ') : 'skipped';
}

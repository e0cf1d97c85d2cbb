/** The bench's results as one Markdown table per topic, with each target's verdict. */
import { median, type LoadTimings } from './browser';
import type { BundleReport } from './bundle';
import { ET_FLOOR_MS, type Samples } from './interactions';
import type { LibraryReport } from './library';
import type { LighthouseReport } from './lighthouse';

export interface BudgetResult {
  name: string;
  load: LoadTimings;
  /** Per interaction kind, every sample of every round. */
  interactions: Record<string, Samples>;
  /** Durations of long tasks that started after load (network idle), over every round. */
  longTasksAfterLoad: number[];
  heapUsedMB?: number;
  lighthouse?: { mobile: LighthouseReport; desktop?: LighthouseReport };
}

export interface BenchResult {
  date: string;
  rounds: number;
  machine: { cpus: number; cpuModel: string; memoryGB: number; chromium: string; node: string; os: string; loadAverage: string };
  bundle: BundleReport;
  baseline: { load: LoadTimings; initialJsGzip: number; interactions: Record<string, Samples> };
  budgets: BudgetResult[];
  library?: LibraryReport;
}

const ms = (v: number | undefined) => (v === undefined ? '–' : `${Math.round(v)} ms`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const score = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(2));
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');
const maxOf = (values: number[]) => (values.length ? Math.max(...values) : undefined);
const pair = (values: number[] | undefined) => (values?.length ? `${ms(median(values))} / ${ms(maxOf(values))}` : '–');

/** The frame probe agrees when its median and worst are within 16 ms or 25 % of Event Timing's. */
function agrees(s: Samples): boolean {
  const close = (probe: number | undefined, et: number | undefined) =>
    probe !== undefined && et !== undefined && Math.abs(probe - et) <= Math.max(16, et * 0.25);
  return close(median(s.frame), median(s.eventTiming)) && close(maxOf(s.frame), maxOf(s.eventTiming));
}

/** The worst Event Timing duration over every interaction kind. */
export function worstInteraction(interactions: Record<string, Samples>): { name: string; ms: number } | undefined {
  let worst: { name: string; ms: number } | undefined;
  for (const [name, s] of Object.entries(interactions)) {
    const m = maxOf(s.eventTiming);
    if (m !== undefined && (!worst || m > worst.ms)) worst = { name, ms: m };
  }
  return worst;
}

export interface Target {
  name: string;
  value: string;
  ok: boolean | undefined;
}

export function targets(r: BenchResult): Target[] {
  const seed = r.budgets.find((b) => b.name === 'seed');
  const large = r.budgets.find((b) => b.name === 'large');
  const seedWorst = seed && worstInteraction(seed.interactions);
  const largeWorst = large && worstInteraction(large.interactions);
  const bareWorst = worstInteraction(r.baseline.interactions);
  const seedLong = maxOf(seed?.longTasksAfterLoad ?? []) ?? 0;
  const bareChart = r.baseline.load.chart;
  const largeChart = large?.load.chart;
  const seedLh = seed?.lighthouse?.mobile.median.performance;
  const out: Target[] = [
    { name: 'Initial JS ≤ 120 KB gzip', value: kb(r.bundle.initialJsGzip), ok: r.bundle.initialJsGzip <= 120 * 1024 },
    { name: 'Worst interaction, seed ≤ 100 ms (Event Timing)', value: seedWorst ? `${ms(seedWorst.ms)} (${seedWorst.name})` : '–', ok: seedWorst && seedWorst.ms <= 100 },
    {
      name: `Worst interaction, seed ≤ 2 × the bare page's worst (${ms(bareWorst?.ms)})`,
      value: seedWorst && bareWorst ? `${(seedWorst.ms / bareWorst.ms).toFixed(1)} ×` : '–',
      ok: seedWorst && bareWorst ? seedWorst.ms <= 2 * bareWorst.ms : undefined,
    },
    { name: 'Worst interaction, large ≤ 200 ms (Event Timing)', value: largeWorst ? `${ms(largeWorst.ms)} (${largeWorst.name})` : '–', ok: largeWorst && largeWorst.ms <= 200 },
    {
      name: 'No long task over 100 ms after load (seed)',
      value: seed ? `longest ${ms(seedLong)}, ${seed.longTasksAfterLoad.filter((d) => d > 100).length} over 100 ms` : '–',
      ok: seed ? seedLong <= 100 : undefined,
    },
    {
      name: `First chart, large ≤ 1.5 × the bare page's (${ms(bareChart)})`,
      value: largeChart !== undefined && bareChart ? `${ms(largeChart)} (${(largeChart / bareChart).toFixed(1)} ×)` : '–',
      ok: largeChart !== undefined && bareChart ? largeChart <= 1.5 * bareChart : undefined,
    },
    { name: 'Lighthouse mobile performance ≥ 0.95 (seed, median)', value: score(seedLh), ok: seedLh === undefined ? undefined : seedLh >= 0.95 },
  ];
  return out;
}

function rows(header: string[], body: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function interactionTable(r: BenchResult): string {
  const kinds = [...new Set(r.budgets.flatMap((b) => Object.keys(b.interactions)))];
  const body = kinds.map((kind) => {
    const per = r.budgets.map((b) => b.interactions[kind]);
    const probes = per.map((s) => pair(s?.frame));
    const agreement = per.every((s) => !s || agrees(s)) ? 'agrees' : 'disagrees: Event Timing stands';
    return [kind, ...per.map((s) => pair(s?.eventTiming)), ...probes, agreement];
  });
  for (const [kind, s] of Object.entries(r.baseline.interactions)) {
    body.push([`**${kind}** (bare Vite + React + Recharts page, 100 bars)`, ...r.budgets.map(() => pair(s.eventTiming)), ...r.budgets.map(() => pair(s.frame)), agrees(s) ? 'agrees' : 'disagrees: Event Timing stands']);
  }
  const names = r.budgets.map((b) => b.name);
  return rows(
    ['interaction (real input)', ...names.map((n) => `Event Timing, ${n}: median / worst`), ...names.map((n) => `frame probe, ${n}: median / worst`), 'frame probe vs Event Timing'],
    body,
  );
}

export function renderMarkdown(r: BenchResult): string {
  const m = r.machine;
  const parts: string[] = [];
  parts.push(
    `Measured ${r.date} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB RAM, ${m.os}, Node ${m.node}, ${m.chromium} (headless); 1366×768, no CPU throttling (Lighthouse mobile throttles). Load average at the start: ${m.loadAverage} (the machine is shared with other agents).`,
  );
  parts.push(
    `Interactions: ${r.rounds} rounds, each on a fresh page load (the first interaction after load included), the bare page's round alternating with ours. Event Timing is the largest \`duration\` per \`interactionId\` (8 ms granularity); an input the browser reports no entry for (under ${ET_FLOOR_MS} ms) counts as ${ET_FLOOR_MS} ms.`,
  );
  parts.push(interactionTable(r));
  const names = r.budgets.map((b) => b.name);
  const metric = (label: string, pick: (b: BudgetResult) => string, base = '') => [label, ...r.budgets.map(pick), base];
  parts.push(
    rows(
      ['metric', ...names, 'bare page (Vite + React + Recharts, 100 bars)'],
      [
        metric('navigation → first KPI painted (median)', (b) => ms(b.load.kpi), '–'),
        metric('navigation → first chart painted (median)', (b) => ms(b.load.chart), ms(r.baseline.load.chart)),
        metric('first contentful paint / LCP (median)', (b) => `${ms(b.load.fcp)} / ${ms(b.load.lcp)}`, `${ms(r.baseline.load.fcp)} / ${ms(r.baseline.load.lcp)}`),
        metric('long tasks after load, all rounds (count / longest / over 100 ms)', (b) => {
          const t = b.longTasksAfterLoad;
          return `${t.length} / ${ms(maxOf(t) ?? 0)} / ${t.filter((d) => d > 100).length}`;
        }),
        metric('JS heap used after a round', (b) => (b.heapUsedMB === undefined ? '–' : `${b.heapUsedMB.toFixed(1)} MB`)),
        metric('Lighthouse mobile: perf / a11y / best pr. / SEO (median)', (b) => lhCell(b, 'mobile')),
        metric('Lighthouse desktop: perf / a11y / best pr. / SEO (median)', (b) => lhCell(b, 'desktop')),
        ['initial JS (gzip)', kb(r.bundle.initialJsGzip), ...r.budgets.slice(1).map(() => ''), kb(r.baseline.initialJsGzip)],
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
  const s = b.lighthouse?.[form]?.median;
  return s ? [s.performance, s.accessibility, s['best-practices'], s.seo].map(score).join(' / ') : 'skipped';
}

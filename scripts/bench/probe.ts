/**
 * What the bench installs in the page before any of its scripts run. Timings are
 * "painted": when the element appears, the next animation frame is requested and
 * the time is taken in a task posted from that frame, i.e. after the frame that
 * shows it has been produced (the usual rAF + MessageChannel approximation).
 *
 * The function is serialised into the page by Playwright, so it must not close over
 * anything from this module.
 */
export interface ProbeTargets {
  /** First KPI figure. */
  kpi?: string;
  /** First chart; `chartMin` marks must be present (the baseline draws 100 bars). */
  chart: string;
  chartMin: number;
}

export interface ProbeResult {
  kpi?: number;
  chart?: number;
  fcp?: number;
  lcp?: number;
  longTasks: { start: number; duration: number }[];
  /** The frame probe's interactions: event timestamp → the frame after it (rAF + posted task). */
  interactions: Record<string, number[]>;
  /**
   * Event Timing entries of interactions (input → next paint, as Chromium reports them, 8 ms granularity;
   * the ones the browser would count towards INP). Entries under 16 ms are not reported.
   */
  eventTiming: { name: string; duration: number; interactionId: number; startTime: number }[];
}

declare global {
  interface Window {
    __bench: ProbeResult & { armed?: { name: string; type: string } };
  }
}

export function installProbe(targets: ProbeTargets): void {
  const bench: Window['__bench'] = { longTasks: [], interactions: {}, eventTiming: [] };
  window.__bench = bench;
  const afterPaint = (done: (t: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  const observe = (type: string, onEntry: (e: PerformanceEntry) => void, extra: Record<string, unknown> = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...extra });
    } catch {
      // entry type not supported
    }
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') bench.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    bench.lcp = e.startTime;
  });
  observe(
    'event',
    (e) => {
      const { interactionId } = e as PerformanceEventTiming;
      if (interactionId) bench.eventTiming.push({ name: e.name, duration: e.duration, interactionId, startTime: e.startTime });
    },
    { durationThreshold: 16 },
  );

  const pending = { kpi: targets.kpi !== undefined, chart: true };
  // Only what is rendered counts: the page may carry markup it does not show (a prerendered view the address did
  // not ask for stays in the page, hidden, until the scripts replace it).
  const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => el.checkVisibility()).length;
  const check = () => {
    if (pending.kpi && targets.kpi && shown(targets.kpi) > 0) {
      pending.kpi = false;
      afterPaint((t) => (bench.kpi = t));
    }
    if (pending.chart && shown(targets.chart) >= targets.chartMin) {
      pending.chart = false;
      afterPaint((t) => (bench.chart = t));
    }
    if (!pending.kpi && !pending.chart) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });

  // One interaction at a time: the bench arms a name, then performs a real (trusted) input.
  for (const type of ['click', 'keydown', 'change']) {
    window.addEventListener(
      type,
      (event) => {
        const armed = bench.armed;
        if (!armed || armed.type !== type) return;
        bench.armed = undefined;
        const start = event.timeStamp;
        afterPaint((t) => (bench.interactions[armed.name] ??= []).push(t - start));
      },
      { capture: true },
    );
  }
}

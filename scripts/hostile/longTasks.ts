/**
 * The main thread's long tasks and slow interactions as the browser reports them
 * (PerformanceObserver 'longtask' and Event Timing), for the hostile-input suite and
 * its bench. Works with Playwright's Page from either @playwright/test or playwright-core.
 */
interface PageLike {
  addInitScript(script: { content: string }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
}

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
    __slowEvents?: { start: number; duration: number; name: string }[];
  }
}

/** Installed before the page's own scripts, buffered so nothing before it is missed. */
const OBSERVER = `(() => {
  window.__longTasks = [];
  window.__slowEvents = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.interactionId) window.__slowEvents.push({ start: e.startTime, duration: e.duration, name: e.name }); }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
})();`;

export async function observeLongTasks(page: PageLike): Promise<void> {
  await page.addInitScript({ content: OBSERVER });
}

export interface Freeze {
  /** The longest main-thread task that began during the action or while it settled (ms). */
  longestTask: number;
  /** The slowest interaction (input → next paint) in the same span, 0 if none was timed. */
  longestInteraction: number;
}

/**
 * Runs `act` (which returns once the page shows its outcome), lets the page settle,
 * and reports the worst the main thread did in between.
 */
export async function measureFreeze(page: PageLike, act: () => Promise<void>, settleMs = 400): Promise<Freeze> {
  const since = await page.evaluate(() => performance.now(), undefined);
  await act();
  // Runs only once the main thread is free; then trailing work (deferred renders) gets its time.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))), undefined);
  await page.waitForTimeout(settleMs);
  // Inline callbacks only: tsx names assigned functions with a helper the page does not have.
  return page.evaluate(
    (from) => ({
      longestTask: Math.round(Math.max(0, ...(window.__longTasks ?? []).filter((e) => e.start + e.duration >= from).map((e) => e.duration))),
      longestInteraction: Math.round(Math.max(0, ...(window.__slowEvents ?? []).filter((e) => e.start + e.duration >= from).map((e) => e.duration))),
    }),
    since,
  );
}

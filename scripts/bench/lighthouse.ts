/** Lighthouse 12.8 through its CLI (offline, Debian Chromium): median of `runs` per form factor. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from './browser';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export type Scores = Record<Category, number>;

export interface LighthouseReport {
  median: Scores;
  runs: (Scores & { lcpMs: number; tbtMs: number; failed: string[] })[];
}

const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

interface LhResult {
  categories: Record<Category, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string }>;
}

async function once(url: string, formFactor: 'mobile' | 'desktop') {
  const dir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const out = join(dir, 'report.json');
  try {
    await run(
      'node_modules/.bin/lighthouse',
      [
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as LhResult;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score])) as Scores;
    // Audits that cost points outside performance, so a score below 1 says why.
    const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      lhr.categories[c].auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c}:${r.id}`),
    );
    return {
      ...scores,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function lighthouse(url: string, formFactor: 'mobile' | 'desktop', runs: number): Promise<LighthouseReport> {
  const results: LighthouseReport['runs'] = [];
  for (let i = 0; i < runs; i++) results.push(await once(url, formFactor));
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const median = Object.fromEntries(CATEGORIES.map((c) => [c, mid(results.map((r) => r[c]))])) as Scores;
  return { median, runs: results };
}

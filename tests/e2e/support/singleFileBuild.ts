import type { TestType } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The real `build:single` output, built afresh into a temporary folder (parallel runs never share it)
 * before the calling file's or describe block's tests, and removed after them: each build is ~5 MB, and
 * left in /tmp every run added one. Returns the folder, known once the build has run.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any test object, with or without the suite's fixtures
export function singleFileBuild(test: TestType<any, any>, prefix: string): () => string {
  let outDir = '';
  test.beforeAll(() => {
    test.setTimeout(180_000);
    outDir = mkdtempSync(join(tmpdir(), prefix));
    execFileSync('npx', ['vite', 'build', '--config', 'vite.single.config.ts', '--outDir', outDir, '--emptyOutDir'], { stdio: 'pipe' });
  });
  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  return () => outDir;
}

/**
 * Every build also writes `share.html` beside index.html: the one-file build
 * (vite.single.config.ts) that the app's share action fetches, writes a dataset,
 * its statuses and the view into (src/data/sharedFile.ts) and downloads. The app
 * asks only its own origin for it, so sharing needs no server-side code.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';

export const SHARE_SHELL_PLUGIN = 'budget-lens:share-shell';

export function shareShell(): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: SHARE_SHELL_PLUGIN,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config || config.build.ssr || config.build.watch) return;
      // Built in a folder of its own (parallel builds never share it), then copied in.
      const out = mkdtempSync(join(tmpdir(), 'budget-lens-share-'));
      try {
        await build({
          configFile: resolve(import.meta.dirname, 'vite.single.config.ts'),
          build: { outDir: out, emptyOutDir: true },
          logLevel: 'warn',
        });
        copyFileSync(join(out, 'index.html'), resolve(config.root, config.build.outDir, 'share.html'));
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The stylesheet inside index.html rather than beside it: the page (and its
 * prerendered first screen) can paint as soon as the HTML has arrived, one round
 * trip sooner on a slow link. The Content-Security-Policy allows it by its hash
 * (vite.csp.ts). Any build, including the single-file one (which inlines it too).
 *
 * The file is then gone from the build, so nothing may still ask for it: Vite lists
 * the entry's stylesheet among the files a lazy chunk preloads (ImportDialog,
 * PresentMode, compare), and a static host answers that request with a 404, which
 * fails the lazy import ("Unable to preload CSS"). This hook runs after the HTML is
 * written and before Vite writes the preload lists (vite:build-import-analysis), so
 * taking the file off every chunk's imported stylesheets keeps it out of them.
 */
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

function forgetStylesheet(bundle: OutputBundle, fileName: string): void {
  for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.viteMetadata?.importedCss.delete(fileName);
}

export function inlineStylesheet(): Plugin {
  return {
    name: 'budget-lens:inline-css',
    apply: 'build',
    enforce: 'post',
    // The preload lists are rewritten after file names are hashed: a mark in every hash keeps a chunk of an
    // older build, which still listed the stylesheet, from sharing its name (and a year's cache) with its fix.
    augmentChunkHash: () => 'stylesheet inlined, not preloaded',
    generateBundle(_options, bundle) {
      for (const html of Object.values(bundle)) {
        if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
        let source = String(html.source);
        for (const css of Object.values(bundle)) {
          if (css.type !== 'asset' || !css.fileName.endsWith('.css')) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="\\.?/?${css.fileName.replace(/[.$]/g, '\\$&')}"[^>]*>`);
          if (!link.test(source)) continue;
          source = source.replace(link, () => `<style>${String(css.source)}</style>`);
          delete bundle[css.fileName];
          forgetStylesheet(bundle, css.fileName);
        }
        html.source = source;
      }
    },
  };
}

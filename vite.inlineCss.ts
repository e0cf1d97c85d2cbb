/**
 * The stylesheet inside index.html rather than beside it: the page (and its
 * prerendered first screen) can paint as soon as the HTML has arrived, one round
 * trip sooner on a slow link. The Content-Security-Policy allows it by its hash
 * (vite.csp.ts). Any build, including the single-file one (which inlines it too).
 */
import type { Plugin } from 'vite';

export function inlineStylesheet(): Plugin {
  return {
    name: 'budget-lens:inline-css',
    apply: 'build',
    enforce: 'post',
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
        }
        html.source = source;
      }
    },
  };
}

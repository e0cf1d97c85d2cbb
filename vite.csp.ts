/**
 * The Content-Security-Policy the built app runs under: a <meta> in the built
 * index.html, and the same policy as a header from `vite preview`. The app needs no
 * inline script or style: React sets style attributes through the CSSOM, which CSP
 * allows, so there is no 'unsafe-inline' anywhere. Inline <script>/<style> elements
 * that a build step puts in the page (the single-file build inlines everything) are
 * allowed by their SHA-256 hash, computed from the final HTML. The dev server gets no
 * policy: Vite's hot reload needs inline scripts.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const BASE: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function serialize(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of the inline scripts written in the source index.html (the build keeps them as they are). */
function sourceInlineScripts(): string[] {
  const html = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => sha256(body ?? ''));
}

/**
 * The policy as a header (`vite preview`): meta tags cannot carry frame-ancestors.
 * The header is fixed before the build, so it leaves inline styles (the page's own
 * stylesheet, the prerendered markup's style attributes) to the meta policy, which
 * allows only the exact texts the built page carries: a browser enforces both
 * policies at once, so what passes is what both allow.
 */
export const CSP_HEADER =
  serialize({ ...BASE, 'script-src': [...(BASE['script-src'] ?? []), ...sourceInlineScripts()], 'style-src': ["'self'", "'unsafe-inline'"] }) + "; frame-ancestors 'none'";

/** An attribute's value as the browser reads it (the hash is of that, not of the escaped text). */
function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The policy for one built page: the base plus the hashes of its inline scripts and styles. */
export function policyFor(html: string): string {
  // Scripts first: an inline script cannot contain "</script>", but it may well contain "<style" in a string.
  const scriptPattern = /<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g;
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    // External scripts are covered by 'self'; JSON data blocks (the single-file build's budgets) never run.
    .filter(([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="application\/json"/.test(attrs))
    .map(([, , body]) => sha256(body ?? ''));
  const markup = html.replace(scriptPattern, '');
  const styles = [...markup.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(([, body]) => sha256(body ?? ''));
  // Style attributes in the markup (the prerendered first screen: a bar's width, a swatch's colour) are allowed
  // one exact value at a time; the page's own scripts set styles through the CSSOM, which CSP does not govern.
  const attributes = [...new Set([...markup.matchAll(/\sstyle="([^"]*)"/g)].map(([, value]) => unescapeAttribute(value ?? '')))].map(sha256);
  return serialize({
    ...BASE,
    'script-src': [...(BASE['script-src'] ?? []), ...scripts],
    'style-src': [...(BASE['style-src'] ?? []), ...styles],
    ...(attributes.length > 0 ? { 'style-src-attr': ["'unsafe-hashes'", ...attributes] } : {}),
  });
}

/** Adds the policy to a built page, right after its charset. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  return html.replace(/<meta charset="UTF-8"\s*\/?>/i, (charset) => `${charset}\n    ${meta}`);
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'budget-lens:csp',
    apply: 'build',
    // On the written files, after every other step (the single-file build inlines scripts late), so the hashes match what ships.
    writeBundle: {
      order: 'post',
      handler(options, bundle) {
        for (const file of Object.keys(bundle).filter((name) => name.endsWith('.html'))) {
          const path = join(options.dir ?? 'dist', file);
          writeFileSync(path, withPolicy(readFileSync(path, 'utf8')));
        }
      },
    },
  };
}

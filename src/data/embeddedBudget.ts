/**
 * Budgets built into the page. The single-file build (vite.single.config.ts)
 * writes each as <script type="application/json" data-budget-url="…">, because
 * a page opened from file:// cannot fetch files next to it; every build embeds the
 * default budget so the first screen needs no further request (vite.embed.ts). The loader asks here
 * first: a URL that names an embedded budget is answered from the page itself.
 * Any budget file can be embedded, under any URL; other URLs still go to fetch.
 */

export const EMBEDDED_BUDGET_SELECTOR = 'script[type="application/json"][data-budget-url]';

function sameTarget(a: string, b: string, base: string): boolean {
  try {
    return new URL(a, base).href === new URL(b, base).href;
  } catch {
    return false;
  }
}

export interface EmbeddedBudget {
  text: string;
  /** The build validated it with the app's own parser (vite.embed.ts) and embedded the parser's output. */
  checked: boolean;
}

/** The budget embedded for `url`, if the page carries one. */
export function embeddedBudget(url: string, doc: Document = document): EmbeddedBudget | undefined {
  const base = doc.baseURI;
  for (const script of doc.querySelectorAll<HTMLScriptElement>(EMBEDDED_BUDGET_SELECTOR)) {
    const embeddedUrl = script.dataset.budgetUrl;
    if (embeddedUrl !== undefined && sameTarget(embeddedUrl, url, base))
      return { text: script.textContent ?? '', checked: script.hasAttribute('data-checked') };
  }
  return undefined;
}

/** The embedded text of the budget at `url`, if the page carries one. */
export function embeddedBudgetText(url: string, doc: Document = document): string | undefined {
  return embeddedBudget(url, doc)?.text;
}

/** An embedded budget as a fetch Response, so the loader treats it like any file it fetched. */
export function embeddedBudgetResponse(embedded: EmbeddedBudget): Response {
  return new Response(embedded.text, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

/**
 * The JSON as it may sit inside a <script> element: "<" is written as the JSON
 * escape \u003c (only possible inside strings), so no "</script>" in a name can
 * end the element early. JSON.parse reads it back unchanged.
 */
export function scriptSafeJson(json: string): string {
  return JSON.stringify(JSON.parse(json))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A fetched budget file's text, or why there is none: an HTTP error, a redirect,
 * or a file over MAX_FILE_BYTES. Used on the main thread and in the parse worker
 * alike; decoded like a file from disk (UTF-8, GB18030, UTF-16).
 *
 * Redirects are not followed (issue 14): a same-origin address that answers with a
 * redirect could otherwise send the app to another host, and on a host that sends
 * no CSP header (the page's <meta> policy does not govern its workers) nothing else
 * would stop it. With `redirect: 'manual'` the browser never requests the target.
 * The size is counted as the body streams in, so a response without a
 * Content-Length is refused once it passes the limit, not after 2 GB.
 */
import { readBudgetBlob } from './decodeText';
import { MAX_FILE_BYTES } from './limits';

export type FetchProblem = { kind: 'http'; status: number } | { kind: 'tooLarge'; bytes: number } | { kind: 'redirected'; to?: string };

export type FetchedText = { ok: true; text: string } | { ok: false; problem: FetchProblem };

/** How every budget file is requested: same-origin only, redirects reported rather than followed. */
export const BUDGET_FETCH: RequestInit = { redirect: 'manual', credentials: 'same-origin' };

/** The body, read chunk by chunk and abandoned as soon as it passes the limit. */
async function readCapped(response: Response): Promise<Blob | { tooLarge: number }> {
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return new Blob(chunks);
    bytes += value.byteLength;
    if (bytes > MAX_FILE_BYTES) {
      await reader.cancel();
      return { tooLarge: bytes };
    }
    chunks.push(value);
  }
}

/** `requested` is the URL asked for: a response from another origin (a redirect followed elsewhere) is refused. */
export async function readBudgetResponse(response: Response, requested?: string): Promise<FetchedText> {
  if (response.type === 'opaqueredirect') return { ok: false, problem: { kind: 'redirected' } };
  if (response.redirected || (requested !== undefined && response.url !== '' && new URL(response.url).origin !== new URL(requested).origin)) {
    void response.body?.cancel();
    return { ok: false, problem: { kind: 'redirected', to: response.url } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: declared } };
  const body = await readCapped(response);
  if ('tooLarge' in body) return { ok: false, problem: { kind: 'tooLarge', bytes: body.tooLarge } };
  return { ok: true, text: await readBudgetBlob(body) };
}

/** Fetches and reads a budget file at an absolute URL. */
export async function fetchBudgetText(url: string, signal?: AbortSignal): Promise<FetchedText> {
  return readBudgetResponse(await fetch(url, { ...BUDGET_FETCH, ...(signal ? { signal } : {}) }), url);
}

import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@/data/limits';
import { readBudgetResponse } from '@/data/readBudgetResponse';

describe('reading a fetched budget file', () => {
  it('names an HTTP error by its status', async () => {
    expect(await readBudgetResponse(new Response('gone', { status: 404 }))).toEqual({ ok: false, problem: { kind: 'http', status: 404 } });
  });

  it('refuses a file over the limit from its Content-Length, before reading it', async () => {
    const response = new Response('{}', { headers: { 'content-length': String(MAX_FILE_BYTES + 1) } });
    expect(await readBudgetResponse(response)).toEqual({ ok: false, problem: { kind: 'tooLarge', bytes: MAX_FILE_BYTES + 1 } });
    expect(response.bodyUsed).toBe(false);
  });

  it('decodes GBK as well as UTF-8, like a file from disk', async () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xbd, 0xcc, 0xd3, 0xfd, 0x22, 0x7d]); // {"n":"教育"} in GBK
    expect(await readBudgetResponse(new Response(gbk))).toEqual({ ok: true, text: '{"n":"教育"}' });
    expect(await readBudgetResponse(new Response('{"n":"教育"}'))).toEqual({ ok: true, text: '{"n":"教育"}' });
  });
});

/** A real Response as fetch would hand it over after following a redirect (the constructor cannot set these). */
function arrivedFrom(url: string, redirected: boolean): Response {
  const response = new Response('{"formatVersion":1}');
  Object.defineProperties(response, { url: { value: url }, redirected: { value: redirected } });
  return response;
}

describe('a response that was redirected', () => {
  it('is refused when it comes from another origin than the one asked', async () => {
    const fetched = await readBudgetResponse(arrivedFrom('http://other.example/x.json', false), 'http://127.0.0.1:4173/data/x.json');
    expect(fetched).toEqual({ ok: false, problem: { kind: 'redirected', to: 'http://other.example/x.json' } });
  });

  it('is refused whenever a redirect was followed, even on the same origin', async () => {
    const fetched = await readBudgetResponse(arrivedFrom('http://127.0.0.1:4173/data/y.json', true), 'http://127.0.0.1:4173/data/x.json');
    expect(fetched).toEqual({ ok: false, problem: { kind: 'redirected', to: 'http://127.0.0.1:4173/data/y.json' } });
  });

  it('is read when it comes from where it was asked', async () => {
    const fetched = await readBudgetResponse(arrivedFrom('http://127.0.0.1:4173/data/x.json', false), 'http://127.0.0.1:4173/data/x.json');
    expect(fetched).toEqual({ ok: true, text: '{"formatVersion":1}' });
  });
});

describe('a response without a Content-Length', () => {
  it('is refused once the bytes read pass the limit, without reading the rest', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let pulled = 0;
    // 2 GB if read to the end.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 2048) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const fetched = await readBudgetResponse(new Response(body));
    expect(fetched.ok).toBe(false);
    if (!fetched.ok) expect(fetched.problem).toMatchObject({ kind: 'tooLarge' });
    if (!fetched.ok && fetched.problem.kind === 'tooLarge') expect(fetched.problem.bytes).toBeGreaterThan(MAX_FILE_BYTES);
    // The limit is 20 MB: about 21 chunks read (and a few the stream queued ahead), not 2,048.
    expect(pulled).toBeLessThanOrEqual(MAX_FILE_BYTES / chunk.byteLength + 4);
  });

  it('is read in full when it stays under the limit', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"a":'));
        controller.enqueue(new TextEncoder().encode('"教育"}'));
        controller.close();
      },
    });
    expect(await readBudgetResponse(new Response(body))).toEqual({ ok: true, text: '{"a":"教育"}' });
  });
});

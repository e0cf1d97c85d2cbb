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

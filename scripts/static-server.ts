/**
 * A plain static file server, behaving as an ordinary host does (python3 -m
 * http.server, nginx, IIS): a file that exists is sent with its type, anything
 * else is a 404 — no fallback to index.html as `vite preview` has, which hid
 * requests for files the build no longer holds — and no Content-Security-Policy
 * header, so the page's <meta> policy is all there is. The static e2e pass
 * (playwright.static.config.ts) runs against it; no dependency beyond Node.
 *
 * Usage: tsx scripts/static-server.ts [dir=dist] [port=4313] [--redirects]
 *
 * --redirects adds one rule, as a host's redirect configuration would: /redirect?to=URL
 * answers 302 to URL (tests/e2e/static-host/redirect.spec.ts checks the app does not
 * follow it off the origin).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const [dir = 'dist', portArg = '4313'] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const root = resolve(dir);
const port = Number(portArg);
const redirects = process.argv.includes('--redirects');

/** The file a request path names inside root, or undefined (outside root, malformed, or not there). */
async function fileFor(pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return fileFor(join(pathname, 'index.html'));
  return info?.isFile() ? path : undefined;
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://host');
  const pathname = url.pathname;
  const to = url.searchParams.get('to');
  if (redirects && pathname === '/redirect' && to !== null) {
    response.writeHead(302, { Location: to }).end();
    return;
  }
  void fileFor(pathname).then(async (file) => {
    if (file === undefined || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file === undefined ? 404 : 405, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
}).listen(port, '127.0.0.1', () => console.log(`static: ${root} on http://127.0.0.1:${port}/`));

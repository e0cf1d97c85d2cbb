/** Starts `vite preview` for a built folder on a fixed port, and stops it by its process id. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    if (await answers(url)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * Runs the local vite binary directly (not through npx), detached into its own
 * process group, so stopping it ends the real server and nothing is left behind.
 */
export async function preview(outDir: string, port: number, config?: string): Promise<Server> {
  const url = `http://127.0.0.1:${port}/`;
  if (await answers(url)) throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
  const args = ['preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1', ...(config ? ['--config', config] : [])];
  const child = spawn('node_modules/.bin/vite', args, { stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  };
  try {
    await waitFor(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** Loads one of the app's own modules at build time, through Vite, so its `@/` imports resolve as they do in the app. */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const SRC = fileURLToPath(new URL('./src', import.meta.url));

export async function importAppModule<T>(path: string): Promise<T> {
  const { module } = await runnerImport<T>(`${SRC}/${path}`, { configFile: false, resolve: { alias: { '@': SRC } }, logLevel: 'error' });
  return module;
}

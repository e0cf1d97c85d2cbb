/**
 * `npm run build:single` → dist-single/index.html: the whole app and its budget
 * data in one file that works from a USB stick, opened from file:// with no
 * network. Scripts and styles are inlined (vite-plugin-singlefile); budgets are
 * embedded as JSON script tags the loader reads instead of fetching, by the base
 * config's plugin (vite.embed.ts; EMBED_BUDGETS picks which).
 */
import { defineConfig, mergeConfig, type Plugin, type PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import baseConfig from './vite.config.ts';
import { SHARE_SHELL_PLUGIN } from './vite.share.ts';

/**
 * Pages opened from file:// cannot start Web Workers, and the parser already falls
 * back to the main thread when a worker will not start: leave worker files out so
 * the build really is one file.
 */
function dropWorkers(): Plugin {
  return {
    name: 'budget-lens:drop-workers',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) if (/[Ww]orker[-.][\w-]*\.js$/.test(name)) delete bundle[name];
    },
  };
}

/** The one-file build is the share shell: it does not build another inside itself. */
const withoutShareShell = (plugins: PluginOption[] = []) =>
  plugins.filter((plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && plugin.name === SHARE_SHELL_PLUGIN));

export default mergeConfig(
  { ...baseConfig, plugins: withoutShareShell(baseConfig.plugins) },
  defineConfig({
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), dropWorkers()],
    // The budgets are embedded; nothing from public/ is needed next to the file.
    publicDir: false,
    build: { outDir: 'dist-single', emptyOutDir: true, sourcemap: false },
  }),
);

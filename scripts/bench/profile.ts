/**
 * CPU profiles of interactions: the V8 sampling profiler (CDP Profiler) runs from just
 * before each input to the frame after it, and the samples' self time is summed per
 * function and per source module, mapped back to the sources through the build's
 * source maps. Profiled rounds are separate from the timed ones (profiling slows them).
 */
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Instrument } from './interactions';
import { loadSourceMap, type SourceMap } from './sourceMap';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time in ms per label, summed over every profiled input of a kind. */
export interface KindProfile {
  inputs: number;
  functions: Map<string, number>;
  modules: Map<string, number>;
}

export type Profiles = Map<string, KindProfile>;

const IDLE = new Set(['(idle)', '(root)']);
/** V8's name for main-thread time outside JavaScript: style, layout, paint, and the browser's own work. */
const PROGRAM = '(program)';

export function profiler(distDir: string): { instrument: Instrument; profiles: Profiles } {
  const sessions = new WeakMap<Page, CDPSession>();
  const maps = new Map<string, SourceMap | undefined>();
  const profiles: Profiles = new Map();

  const mapOf = (url: string) => {
    const path = new URL(url).pathname;
    if (!maps.has(path)) maps.set(path, loadSourceMap(join(distDir, `${decodeURIComponent(path)}.map`)));
    return maps.get(path);
  };

  const label = (frame: CallFrame): { fn: string; module: string } => {
    if (!frame.url) return { fn: frame.functionName || '(anonymous)', module: frame.functionName || '(native)' };
    if (!frame.url.startsWith('http')) return { fn: `${frame.functionName} (${frame.url})`, module: frame.url };
    const original = mapOf(frame.url)?.lookup(frame.lineNumber, frame.columnNumber);
    if (!original) return { fn: `${frame.functionName || '(anonymous)'} @ ${new URL(frame.url).pathname}`, module: new URL(frame.url).pathname };
    return { fn: `${original.name ?? (frame.functionName || '(anonymous)')} (${original.source}:${original.line})`, module: original.source };
  };

  const add = (name: string, profile: CpuProfile) => {
    const kind = profiles.get(name) ?? { inputs: 0, functions: new Map(), modules: new Map() };
    profiles.set(name, kind);
    kind.inputs += 1;
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id);
      const micros = profile.timeDeltas[i + 1] ?? 0;
      if (!frame || IDLE.has(frame.functionName)) return;
      const { fn, module } = label(frame);
      kind.functions.set(fn, (kind.functions.get(fn) ?? 0) + micros / 1000);
      kind.modules.set(module, (kind.modules.get(module) ?? 0) + micros / 1000);
    });
  };

  const instrument: Instrument = {
    async before(page) {
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        sessions.set(page, cdp);
      }
      await cdp.send('Profiler.start');
    },
    async after(page, name) {
      const cdp = sessions.get(page);
      if (!cdp) return;
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      add(name, profile);
    },
  };
  return { instrument, profiles };
}

const top = (m: Map<string, number>, n: number, per: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `| ${k.replace(/\|/g, '\\|')} | ${(v / per).toFixed(1)} ms |`);

/** The named kinds' top self-time functions and modules, per input, as Markdown. */
export function renderProfiles(title: string, profiles: Profiles, kinds: string[]): string {
  const parts = [`### ${title}`, `\`${PROGRAM}\` is main-thread time outside JavaScript (style, layout, paint, the browser's own work).`];
  for (const name of kinds) {
    const kind = profiles.get(name);
    if (!kind) continue;
    const total = [...kind.modules.values()].reduce((s, v) => s + v, 0);
    parts.push(`#### ${name}: ${(total / kind.inputs).toFixed(1)} ms of CPU per input (profiled ${kind.inputs} inputs, sampling every 0.2 ms)`);
    parts.push(['| module (self time) | per input |', '| --- | --- |', ...top(kind.modules, 8, kind.inputs)].join('\n'));
    parts.push(['| function (self time) | per input |', '| --- | --- |', ...top(kind.functions, 12, kind.inputs)].join('\n'));
  }
  return parts.join('\n\n');
}

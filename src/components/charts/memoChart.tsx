import { memo, useLayoutEffect, useMemo, useRef, type ComponentType } from 'react';
import { sameData } from './sameData';

type Handler = (...args: never[]) => unknown;

/** What a chart view's props mean to its drawing, so that a render with nothing new to draw is skipped. */
export interface ChartMemoSpec<P> {
  /** Called on a reader's action (onSelect): the view gets a wrapper that calls the latest one, so a new closure is no reason to redraw. */
  handlers?: readonly (keyof P & string)[];
  /** Write the chart's text: a new closure counts as changed only when it writes something else (see `texts`). */
  formatters?: readonly (keyof P & string)[];
  /** Every text the formatters write for the props' own rows, in a fixed order. */
  texts?: (props: P) => readonly string[];
}

/**
 * Wraps a Recharts view so that it renders only when its drawing would change. Call sites
 * build new rows, formatters and handlers on every render, and Recharts 3 pushes each new
 * prop through its store: a filter click used to redraw every chart in view. Rows and other
 * plain props are compared by value, formatters by the text they write for every row (so a
 * unit or language switch still redraws labels and tooltip), handlers not at all: the view
 * always calls the latest. The ref holding the latest props lives in this unmemoised
 * wrapper, because a skipped render would skip updating it.
 */
export function memoChart<P extends object>(View: ComponentType<P>, spec: ChartMemoSpec<P>): ComponentType<P> {
  const handlers = spec.handlers ?? [];
  const Drawn = memo(View, (prev, next) => sameDrawing(prev, next, spec));
  function MemoChart(props: P) {
    const latest = useRef(props);
    useLayoutEffect(() => {
      latest.current = props;
    });
    const stable = useMemo(() => new Map(handlers.map((key) => [key, (...args: never[]) => (latest.current[key] as Handler | undefined)?.(...args)])), []);
    const passed: P = { ...props };
    for (const key of handlers) if (props[key] !== undefined) passed[key] = stable.get(key) as P[typeof key];
    return <Drawn {...passed} />;
  }
  return MemoChart;
}

function sameDrawing<P extends object>(prev: P, next: P, spec: ChartMemoSpec<P>): boolean {
  const formatters = new Set<string>(spec.formatters ?? []);
  const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
  for (const key of keys) {
    if (formatters.has(key)) continue;
    if (!sameData(prev[key as keyof P], next[key as keyof P])) return false;
  }
  const formattersSame = [...formatters].every((key) => prev[key as keyof P] === next[key as keyof P]);
  if (formattersSame || !spec.texts) return formattersSame;
  return sameData(spec.texts(prev), spec.texts(next));
}

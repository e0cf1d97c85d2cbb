import { lazy, useState, type ComponentType } from 'react';

export type LazyView<P extends object> = ComponentType<P> & {
  /** Fetches the code now; once it has arrived, every later mount draws at once. */
  preload: () => Promise<void>;
};

/**
 * React.lazy for a view whose code may already be here. A lazy component suspends on its first mount even
 * when its chunk has long arrived, and a Suspense boundary that shows its fallback inside a transition is
 * revealed no sooner than 300 ms later (React throttles reveals): the staffing chart, drawn as its section
 * came near, sat as a grey box for 320 ms and was then drawn inside the reader's next click (a drill back 200 ms
 * after a drill down took 48–64 ms, 24–32 ms without). Once the code is here, the view is the loaded component
 * itself, with nothing to wait for.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => start().then((component) => ({ default: component })));

  function View(props: P) {
    // Chosen once per mount: changing a mounted chart's component type would draw it again from nothing.
    const [Drawn] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Drawn {...props} />;
  }
  return Object.assign(View, { preload: () => start().then(() => undefined) });
}

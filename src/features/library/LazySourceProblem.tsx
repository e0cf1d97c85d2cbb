import { lazy, Suspense, type ComponentProps } from 'react';

/** Shown only when the dataset a link names cannot be shown: its code stays off the first page load. */
const SourceProblem = lazy(() => import('./SourceProblem').then((m) => ({ default: m.SourceProblem })));

export function LazySourceProblem(props: ComponentProps<typeof SourceProblem>) {
  return (
    <Suspense fallback={null}>
      <SourceProblem {...props} />
    </Suspense>
  );
}

export { LibraryActions } from './LibraryActions';
export { LibraryLayer } from './LibraryLayer';
export { LazySourceProblem as SourceProblem } from './LazySourceProblem';

export { LibraryActions } from './LibraryActions';
export { LibraryLayer } from './LibraryLayer';
export { SourceProblem } from './SourceProblem';

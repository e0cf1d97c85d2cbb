export { CopyLinkButton } from './CopyLinkButton';
export { PresentMode } from './LazyPresentMode';
export { PresentButton } from './PresentButton';
export { PrintLayer } from './LazyPrintLayer';

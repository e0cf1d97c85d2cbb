export { CopyLinkButton } from './CopyLinkButton';
export { PresentMode } from './LazyPresentMode';
export { PresentButton } from './PresentButton';
export { PrintPageSetup } from './PrintPageSetup';
export { PrintHandout } from './LazyPrintHandout';

export { SpendingSection } from './SpendingSection';

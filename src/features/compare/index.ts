export { CompareSection } from './CompareSection';

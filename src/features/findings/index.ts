export { FindingsSection } from './FindingsSection';

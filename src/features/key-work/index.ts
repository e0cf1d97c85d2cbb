export { KeyWorkSection } from './KeyWorkSection';

export { OtherMattersSection } from './OtherMattersSection';

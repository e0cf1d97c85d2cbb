export { StaffingSection } from './StaffingSection';

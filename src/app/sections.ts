/** The dashboard's sections in reading order; each is one feature folder. */
import type { ComponentType } from 'react';
import { CompareSection } from '@/features/compare';
import { FindingsSection } from '@/features/findings';
import { GlossarySection } from '@/features/glossary';
import { KeyWorkSection } from '@/features/key-work';
import { OtherMattersSection } from '@/features/other-matters';
import { OverviewSection } from '@/features/overview';
import { SpendingSection } from '@/features/spending';
import { StaffingSection } from '@/features/staffing';

export interface SectionEntry {
  id: string;
  /** Key under common:section. */
  labelKey: string;
  Component: ComponentType<{ id: string }>;
}

export const SECTIONS: readonly SectionEntry[] = [
  { id: 'overview', labelKey: 'overview', Component: OverviewSection },
  { id: 'spending', labelKey: 'spending', Component: SpendingSection },
  { id: 'staffing', labelKey: 'staffing', Component: StaffingSection },
  { id: 'key-work', labelKey: 'keyWork', Component: KeyWorkSection },
  { id: 'other', labelKey: 'other', Component: OtherMattersSection },
  { id: 'findings', labelKey: 'findings', Component: FindingsSection },
  { id: 'compare', labelKey: 'compare', Component: CompareSection },
  { id: 'glossary', labelKey: 'glossary', Component: GlossarySection },
];

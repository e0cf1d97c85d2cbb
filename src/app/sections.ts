/**
 * The dashboard's sections in reading order; each is one feature folder. The
 * overview is the first screen and ships with the page; every other section is its
 * own chunk, fetched right after the first paint and mounted when the reader gets
 * near it (see SectionSlot), so neither its code nor its rendering delays the KPIs.
 */
import type { ComponentType } from 'react';
import type { KeyUnder } from '@/i18n/keys';
import { OverviewSection } from '@/features/overview';

type SectionComponent = ComponentType<{ id: string }>;

export interface SectionEntry {
  id: string;
  /** Key under common:section. */
  labelKey: KeyUnder<'common', 'section'>;
  /** Present when the section ships with the page. */
  Component?: SectionComponent;
  /** Loads the section's chunk, for the others. */
  load?: () => Promise<SectionComponent>;
}

export const SECTIONS: readonly SectionEntry[] = [
  { id: 'overview', labelKey: 'overview', Component: OverviewSection },
  { id: 'spending', labelKey: 'spending', load: () => import('@/features/spending').then((m) => m.SpendingSection) },
  { id: 'staffing', labelKey: 'staffing', load: () => import('@/features/staffing').then((m) => m.StaffingSection) },
  { id: 'key-work', labelKey: 'keyWork', load: () => import('@/features/key-work').then((m) => m.KeyWorkSection) },
  { id: 'other', labelKey: 'other', load: () => import('@/features/other-matters').then((m) => m.OtherMattersSection) },
  { id: 'findings', labelKey: 'findings', load: () => import('@/features/findings').then((m) => m.FindingsSection) },
  { id: 'compare', labelKey: 'compare', load: () => import('@/features/compare').then((m) => m.CompareSection) },
  { id: 'glossary', labelKey: 'glossary', load: () => import('@/features/glossary').then((m) => m.GlossarySection) },
];

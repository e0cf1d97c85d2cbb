/**
 * The dashboard's sections in reading order; each is one feature folder. The
 * overview is the first screen and ships with the page; every other section is its
 * own chunk behind React.lazy, fetched once the first screen has painted and mounted
 * when the reader gets near it (useSectionGate), so neither its code nor its
 * rendering delays the KPIs.
 */
import { lazy, type ComponentType } from 'react';
import type { KeyUnder } from '@/i18n/keys';
import { OverviewSection } from '@/features/overview';

type SectionComponent = ComponentType<{ id: string }>;

export interface SectionEntry {
  id: string;
  /** Key under common:section. */
  labelKey: KeyUnder<'common', 'section'>;
  Component: SectionComponent;
  /** Fetches the section's chunk ahead of its first render (absent when it ships with the page). */
  preload?: () => Promise<unknown>;
}

function lazySection(id: string, labelKey: KeyUnder<'common', 'section'>, load: () => Promise<SectionComponent>): SectionEntry {
  return { id, labelKey, Component: lazy(() => load().then((Component) => ({ default: Component }))), preload: load };
}

export const SECTIONS: readonly SectionEntry[] = [
  { id: 'overview', labelKey: 'overview', Component: OverviewSection },
  lazySection('spending', 'spending', () => import('@/features/spending').then((m) => m.SpendingSection)),
  lazySection('staffing', 'staffing', () => import('@/features/staffing').then((m) => m.StaffingSection)),
  lazySection('key-work', 'keyWork', () => import('@/features/key-work').then((m) => m.KeyWorkSection)),
  lazySection('other', 'other', () => import('@/features/other-matters').then((m) => m.OtherMattersSection)),
  lazySection('findings', 'findings', () => import('@/features/findings').then((m) => m.FindingsSection)),
  lazySection('compare', 'compare', () => import('@/features/compare').then((m) => m.CompareSection)),
  lazySection('glossary', 'glossary', () => import('@/features/glossary').then((m) => m.GlossarySection)),
];

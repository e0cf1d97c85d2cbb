/** Typed hooks over the URL for the view state every feature shares. */
import type { MoneyUnit } from '@/domain/money';
import type { Language } from '@/i18n/resources';
import { pickParams, useParam, useParams } from './urlState';

export function useCategoryFilter(): [string | undefined, (id: string | undefined) => void] {
  const [value, set] = useParam('cat');
  return [value ?? undefined, (id) => set(id ?? null)];
}

export function useLanguage(): [Language, (language: Language) => void] {
  const [value, set] = useParam('lang');
  return [value, (language) => set(language)];
}

/**
 * The unit amounts are shown in: the user's choice, else the file's own unit in Chinese, and yuan in
 * English ("ten thousand yuan" is a Chinese way of counting and reads oddly in an English sentence).
 */
export function defaultDisplayUnit(fileUnit: MoneyUnit, language: Language): MoneyUnit {
  return language === 'en' ? '元' : fileUnit;
}

export function useDisplayUnit(fileUnit: MoneyUnit): [MoneyUnit, (unit: MoneyUnit) => void] {
  const [value, set] = useParam('unit');
  const [language] = useLanguage();
  const fallback = defaultDisplayUnit(fileUnit, language);
  const unit = value ?? fallback;
  return [unit, (next) => set(next === fallback ? null : next)];
}

export function useSection(): [string | undefined, (section: string, opts?: { push?: boolean }) => void] {
  const [value, set] = useParam('s');
  return [value ?? undefined, (section, opts) => set(section, { history: opts?.push ? 'push' : 'replace' })];
}

const DRILL = pickParams('cat', 'drill');

/** The category filter and the spending chart's drill level, written together as one step Back undoes. */
export function useDrillState(): [{ cat: string | undefined; drill: string | undefined }, (next: { cat: string | undefined; drill: string | undefined }) => void] {
  const [values, set] = useParams(DRILL);
  return [{ cat: values.cat ?? undefined, drill: values.drill ?? undefined }, (next) => void set({ cat: next.cat ?? null, drill: next.drill ?? null })];
}

export type PresentMode = 'audience' | 'presenter';

const DECK = pickParams('present', 'slide');

/**
 * `?present=1` is the audience deck, `?present=presenter` the presenter's window; undefined is the
 * dashboard. Opening or leaving the deck with `fromStart` forgets the slide, so it opens on the first.
 */
export function usePresentMode(): [PresentMode | undefined, (mode: PresentMode | undefined, opts?: { fromStart?: boolean }) => void] {
  const [{ present }, set] = useParams(DECK);
  const mode = present === null ? undefined : present === 'presenter' ? 'presenter' : 'audience';
  const setMode = (next: PresentMode | undefined, opts: { fromStart?: boolean } = {}) =>
    void set({ present: next === undefined ? null : next === 'presenter' ? 'presenter' : '1', ...(opts.fromStart ? { slide: null } : {}) });
  return [mode, setMode];
}

/** The slide named in the address (an id or a 1-based number); changing it replaces the history entry. */
export function useSlide(): [string | undefined, (id: string) => void] {
  const [value, set] = useParam('slide');
  return [value ?? undefined, (id) => set(id)];
}

import { lazy, Suspense, useId, useSyncExternalStore, type ComponentProps } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CategoryCombobox as Combobox } from './CategoryCombobox';

/**
 * Downshift is the largest library on the first screen (~9 KB gzip) and nobody
 * filters before the page has drawn: the combobox loads just after, and until
 * then (and in the prerendered page) a field of the same size shows the choice.
 * The placeholder is what the build prerenders and what hydration matches; the
 * real combobox replaces it after hydration (a lazy component in the prerendered
 * markup would make React give up the boundary and report it).
 */
const CategoryCombobox = lazy(() => import('./CategoryCombobox').then((module) => ({ default: module.CategoryCombobox })));

type Props = ComponentProps<typeof Combobox>;

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

export function LazyCategoryCombobox(props: Props) {
  // False while prerendering and hydrating (the server snapshot), true once the page is the client's.
  const hydrated = useSyncExternalStore(noSubscription, isClient, isServer);
  if (!hydrated) return <Placeholder {...props} />;
  return (
    <Suspense fallback={<Placeholder {...props} />}>
      <CategoryCombobox {...props} />
    </Suspense>
  );
}

/** The combobox's outline with the current choice, read-only: same size, so nothing moves when it arrives. */
function Placeholder({ selected, format }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="relative flex items-center gap-2">
      <label htmlFor={id} className="text-ink-soft">
        {t('filter.label')}
      </label>
      <div className="flex items-stretch rounded border border-line bg-paper">
        <input id={id} readOnly value={selected ? format.name(selected) : t('filter.all')} className="w-48 min-w-0 rounded-l bg-transparent px-2 py-1.5 outline-none lg:w-56" />
        <span aria-hidden="true" className="rounded-r px-2 py-1.5 text-ink-soft">
          ▾
        </span>
      </div>
    </div>
  );
}

import { lazy, Suspense, useId, useSyncExternalStore, type ComponentProps } from 'react';
import { useTranslation } from '@/i18n/react';
import type { CategoryCombobox as Combobox } from './CategoryCombobox';
import { FIELD_BOX, FIELD_INPUT, FIELD_LABEL, FIELD_ROW, FIELD_TOGGLE } from './comboboxField';

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
    <div className={FIELD_ROW}>
      <label htmlFor={id} className={FIELD_LABEL}>
        {t('filter.label')}
      </label>
      <div className={FIELD_BOX}>
        <input id={id} readOnly value={selected ? format.name(selected) : t('filter.all')} className={FIELD_INPUT} />
        <span aria-hidden="true" className={`${FIELD_TOGGLE} py-1.5`}>
          ▾
        </span>
      </div>
    </div>
  );
}

/** React access to the labels: a provider and `useTranslation(ns)`, shaped like react-i18next's. */
import { createContext, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Namespace } from './keys';
import { DEFAULT_NAMESPACE, type TFunction, type TOptions, type Translator } from './translator';

const I18nContext = createContext<Translator | null>(null);

export function I18nProvider({ i18n, children }: { i18n: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/**
 * `t` for one namespace (others by `ns:key`). A component re-renders when the
 * language changes and, while a namespace it asked for has not arrived, when one
 * does; once its labels are all here, other namespaces landing leave it alone.
 */
export function useTranslation<N extends Namespace = typeof DEFAULT_NAMESPACE>(ns: N = DEFAULT_NAMESPACE as N): { t: TFunction<N>; i18n: Translator } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation needs an <I18nProvider> above it');
  const missed = useRef(false);
  const read = () => (missed.current || !i18n.hasNamespace(ns) ? `${i18n.language}#${i18n.version}` : i18n.language);
  const snapshot = useSyncExternalStore(i18n.subscribe, read, read);
  const t = useMemo<TFunction<N>>(
    () => (key: string, options?: TOptions) => {
      const target = i18n.resolve(key, ns).ns;
      if (!i18n.hasNamespace(target)) {
        missed.current = true;
        void i18n.load(target);
      }
      return i18n.t(key, options, ns);
    },
    // snapshot: a new t when the language changes or awaited labels arrive, so memoised output follows.
    [i18n, ns, snapshot], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return { t, i18n };
}

/** React access to the labels: a provider and `useTranslation(ns)`, shaped like react-i18next's. */
import { createContext, useContext, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { Namespace } from './keys';
import type { Language } from './languages';
import { DEFAULT_NAMESPACE, type TFunction, type TOptions, type Translator } from './translator';

interface I18nValue {
  i18n: Translator;
  /** The language from the provider's owner (the address); without it, the translator's own. */
  language: Language | undefined;
}

const I18nContext = createContext<I18nValue | null>(null);

/**
 * Given `language`, the labels switch in the same render as everything else that follows the
 * language (formats, data names): one pass over the page per switch. Without it they follow
 * `i18n.changeLanguage`, which re-renders every label a second time after the owner's render.
 */
export function I18nProvider({ i18n, language, children }: { i18n: Translator; language?: Language; children: ReactNode }) {
  const value = useMemo(() => ({ i18n, language }), [i18n, language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * `t` for one namespace (others by `ns:key`), and the language it writes. A component re-renders
 * when the language changes and, while a namespace it asked for has not arrived, when one does;
 * once its labels are all here, other namespaces landing leave it alone.
 */
export function useTranslation<N extends Namespace = typeof DEFAULT_NAMESPACE>(
  ns: N = DEFAULT_NAMESPACE as N,
): { t: TFunction<N>; i18n: Translator; language: Language } {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useTranslation needs an <I18nProvider> above it');
  const { i18n, language: given } = context;
  const missed = useRef(false);
  const read = () => (given ? '' : i18n.language) + (missed.current || !i18n.hasNamespace(ns) ? `#${i18n.version}` : '');
  const snapshot = useSyncExternalStore(given ? i18n.subscribeNamespaces : i18n.subscribe, read, read);
  const language = given ?? i18n.language;
  const t = useMemo<TFunction<N>>(
    () => (key: string, options?: TOptions) => {
      const target = i18n.resolve(key, ns).ns;
      if (!i18n.hasNamespace(target)) {
        missed.current = true;
        void i18n.load(target);
      }
      return i18n.t(key, options, ns, language);
    },
    // snapshot: a new t when awaited labels arrive (or, without a given language, the language changes), so memoised output follows.
    [i18n, ns, language, snapshot], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return { t, i18n, language };
}

import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';
import { LAZY_NAMESPACES, loadNamespace, registeredNamespaces } from './lazyNamespaces';
import { common } from './messages/common';
import { library } from './messages/library';
import { overview } from './messages/overview';

/** The labels of the first screen ship with the page. */
const CORE = { common, overview, library };

/** Reads the other namespaces from their chunks (see lazyNamespaces.ts). */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadNamespace(namespace).then(
      (messages) => callback(null, language === 'en' ? messages.en : messages.zh),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * One i18next instance. The core labels (and any namespace already loaded) are there
 * at once; the rest are requested in parallel right away and arrive in a few
 * milliseconds, normally before the budget itself. Until one arrives, components that
 * use it render and update when it lands (no suspense: the page never waits on labels).
 */
export function createI18n(language: Language) {
  const instance = i18next.createInstance();
  const bundled = { ...CORE, ...Object.fromEntries(registeredNamespaces()) };
  void instance
    .use(chunkBackend)
    .use(initReactI18next)
    .init({
      resources: {
        'zh-CN': Object.fromEntries(Object.entries(bundled).map(([ns, m]) => [ns, m.zh])),
        en: Object.fromEntries(Object.entries(bundled).map(([ns, m]) => [ns, m.en])),
      },
      partialBundledLanguages: true,
      lng: language,
      fallbackLng: 'zh-CN',
      defaultNS: 'common',
      ns: [...Object.keys(bundled), ...LAZY_NAMESPACES.filter((ns) => !(ns in bundled))],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
      react: { useSuspense: false, bindI18n: 'languageChanged loaded' },
    });
  return instance;
}

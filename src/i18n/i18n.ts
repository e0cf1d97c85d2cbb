import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type Language } from './resources';

/** One i18next instance, synchronous (resources are bundled: no network). */
export function createI18n(language: Language) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    defaultNS: 'common',
    ns: Object.keys(resources['zh-CN']),
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

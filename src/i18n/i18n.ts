import { warmNumbers } from './format';
import { LANGUAGES, type Language } from './languages';
import { LAZY_NAMESPACES, loadNamespace, registeredNamespaces } from './lazyNamespaces';
import { actions } from './messages/actions';
import { common } from './messages/common';
import { library } from './messages/library';
import { overview } from './messages/overview';
import { Translator } from './translator';

/** The labels of the first screen ship with the page. */
const CORE = { common, actions, overview, library };

/**
 * One set of labels for the page. The core labels (and any namespace already loaded)
 * are there at once; the rest are requested in parallel right away and arrive in a
 * few milliseconds. Until one arrives, components that use it render and update when
 * it lands (no suspense: the page never waits on labels).
 */
export function createI18n(language: Language): Translator {
  const instance = new Translator(language, { ...CORE, ...Object.fromEntries(registeredNamespaces()) }, loadNamespace);
  for (const name of LAZY_NAMESPACES) void instance.load(name);
  whenPageIdle(() => {
    // Both languages' number formats and plural rules, so a switch of language (or a section drawn later) makes none.
    for (const language of LANGUAGES) {
      warmNumbers(language);
      instance.warmPlurals(language);
    }
  });
  return instance;
}

/** After the first paint and hydration have had the main thread (requestIdleCallback, or soon where it is missing). */
function whenPageIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5000 });
  else setTimeout(run, 200);
}

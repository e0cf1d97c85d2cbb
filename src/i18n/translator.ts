/**
 * The labels' lookup: the small part of i18next the app uses, without its cost.
 * i18next took 15 KB gzip of the first page load and a large share of every
 * render's time (each t() call re-parses its key and options); the app needs only:
 * - namespaces (`useTranslation('spending')`, `t('common:columns.name')`), some
 *   bundled with the page and the rest arriving later from their chunks;
 * - nested keys (`section.overview`), `{{name}}` placeholders (no escaping: React
 *   escapes), plural forms by `count` (`key_one`, `key_other`, as Intl.PluralRules
 *   names them), `defaultValue`;
 * - a missing English label falls back to the Chinese one, a missing label to its key.
 */
import type { Namespace, PrefixedKey, TKey } from './keys';
import type { Language } from './languages';

export const FALLBACK_LANGUAGE: Language = 'zh-CN';
export const DEFAULT_NAMESPACE = 'common' satisfies Namespace;

export interface Messages {
  zh: object;
  en: object;
}

/** `count` may come formatted ("1,234"): it picks the plural form by its numeric value and is shown as given. */
export type TOptions = Record<string, unknown> & { count?: number | string; defaultValue?: string };
/**
 * `t` of namespace N: a key it does not have is a type error (see keys.ts). A key built
 * from data (a unit the document names, a vehicle kind) is any string only with a
 * `defaultValue`, which is what shows when no label has that key.
 */
export interface TFunction<N extends Namespace = 'common'> {
  (key: TKey<N>, options?: TOptions): string;
  (key: string, options: TOptions & { defaultValue: string }): string;
}
/** A `t` of any namespace, for shared code that names every key with its namespace (`common:columns.name`). */
export type AnyTFunction = (key: PrefixedKey, options?: TOptions) => string;

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
const NAMESPACE_PREFIX = /^([A-Za-z]\w*):(.+)$/;

/** What each path of a language's labels holds, once read: a switch rewrites every label on screen, each through here. */
const found = new WeakMap<object, Map<string, unknown>>();

function lookup(tree: object | undefined, path: string): unknown {
  if (!tree) return undefined;
  let paths = found.get(tree);
  if (!paths) found.set(tree, (paths = new Map()));
  if (paths.has(path)) return paths.get(path);
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') {
      node = undefined;
      break;
    }
    node = (node as Record<string, unknown>)[part];
  }
  paths.set(path, node);
  return node;
}

function interpolate(text: string, options: TOptions | undefined): string {
  if (!options || !text.includes('{{')) return text;
  // A value not given keeps its placeholder, as i18next does: a missing figure shows, not vanishes.
  return text.replace(PLACEHOLDER, (whole, name: string) => (options[name] === undefined ? whole : String(options[name])));
}

/** One reader's labels in one language; tells subscribers when the language changes or a namespace arrives. */
export class Translator {
  private readonly namespaces = new Map<string, Messages>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly listeners = new Set<() => void>();
  private readonly namespaceListeners = new Set<() => void>();
  private readonly plurals = new Map<Language, Intl.PluralRules>();
  /** Counts namespaces arriving, for subscribers that wait on one. */
  version = 0;

  constructor(
    public language: Language,
    bundled: Record<string, Messages>,
    private readonly loadNamespace: (name: string) => Promise<Messages> = (name) => Promise.reject(new Error(`unknown label namespace ${name}`)),
  ) {
    for (const [name, messages] of Object.entries(bundled)) this.namespaces.set(name, messages);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Only namespaces arriving, not language changes: for a label whose language its owner passes down
   * (I18nProvider's `language`), which re-renders with that; calling back every such label on a switch
   * cost 8 ms of the click on the large budget (thousands of labels) and changed nothing.
   */
  subscribeNamespaces = (listener: () => void): (() => void) => {
    this.namespaceListeners.add(listener);
    return () => this.namespaceListeners.delete(listener);
  };

  private notify(namespaces: boolean): void {
    for (const listener of this.listeners) listener();
    if (namespaces) for (const listener of this.namespaceListeners) listener();
  }

  hasNamespace(name: string): boolean {
    return this.namespaces.has(name);
  }

  /** Requests a namespace not yet here (once); subscribers hear when it lands. */
  load(name: string): Promise<void> {
    if (this.namespaces.has(name)) return Promise.resolve();
    let pending = this.pending.get(name);
    if (!pending) {
      pending = this.loadNamespace(name).then(
        (messages) => {
          this.namespaces.set(name, messages);
          this.version++;
          this.notify(true);
        },
        () => {
          // Labels that cannot arrive (offline, a stale build) show their keys; a later call may try again.
          this.pending.delete(name);
        },
      );
      this.pending.set(name, pending);
    }
    return pending;
  }

  changeLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    this.notify(false);
  }

  /** The namespace and key a `t()` key names, `ns:key` or `key` in `defaultNs`. */
  resolve(key: string, defaultNs: string): { ns: string; key: string } {
    const match = NAMESPACE_PREFIX.exec(key);
    return match?.[1] && match[2] ? { ns: match[1], key: match[2] } : { ns: defaultNs, key };
  }

  /** Bound, so it can be passed around on its own (as i18next's `t` can). In `language` when given, else the current one. */
  t = (fullKey: string, options?: TOptions, defaultNs: string = DEFAULT_NAMESPACE, language: Language = this.language): string => {
    const { ns, key } = this.resolve(fullKey, defaultNs);
    const messages = this.namespaces.get(ns);
    const found = messages ? (this.find(messages, language, key, options) ?? this.find(messages, FALLBACK_LANGUAGE, key, options)) : undefined;
    return interpolate(found ?? options?.defaultValue ?? fullKey, options);
  };

  private find(messages: Messages, language: Language, key: string, options: TOptions | undefined): string | undefined {
    const tree = language === 'en' ? messages.en : messages.zh;
    if (options?.count !== undefined) {
      const plural = lookup(tree, `${key}_${this.pluralRules(language).select(Number(options.count))}`);
      if (typeof plural === 'string') return plural;
      const other = lookup(tree, `${key}_other`);
      if (typeof other === 'string') return other;
    }
    const value = lookup(tree, key);
    return typeof value === 'string' ? value : undefined;
  }

  /**
   * Makes the plural rules of `language` ahead of its first label with a count: the first Intl.PluralRules of a
   * language loads its data (3 ms of the large budget's first switch to English, traced).
   */
  warmPlurals(language: Language): void {
    this.pluralRules(language).select(0);
  }

  private pluralRules(language: Language): Intl.PluralRules {
    let rules = this.plurals.get(language);
    if (!rules) {
      rules = new Intl.PluralRules(language);
      this.plurals.set(language, rules);
    }
    return rules;
  }
}

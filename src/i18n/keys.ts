/**
 * The label keys as types, read from the zh messages (the default language, which
 * every en block mirrors): a key that does not exist is a type error at the call,
 * not the key shown on screen. Types only: nothing here reaches the bundle.
 */
import type { namespaces } from './resources';

type Namespaces = typeof namespaces;
export type Namespace = keyof Namespaces;

/** Intl.PluralRules' categories: `people_one` and `people_other` are read as `people` with a count. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type PluralBase<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : never;

/** Every path to a string in a message tree, dot-separated. */
type Paths<T> = {
  [K in keyof T & (string | number)]: T[K] extends string ? `${K}` | PluralBase<`${K}`> : T[K] extends object ? `${K}.${Paths<T[K]>}` : never;
}[keyof T & (string | number)];

/** A key of one namespace, without its prefix. */
export type KeyOf<N extends Namespace> = Paths<Namespaces[N]['zh']>;

/** Any namespace's key with its prefix, `ns:key`. */
export type PrefixedKey = { [N in Namespace]: `${N}:${KeyOf<N>}` }[Namespace];

/** What `t` of namespace N accepts: its own keys bare, every namespace's keys prefixed. */
export type TKey<N extends Namespace> = KeyOf<N> | PrefixedKey;

/** A message block in another language, shaped like the zh one: the same keys, each a string. */
export type Mirror<T> = { [K in keyof T]: T[K] extends string ? string : Mirror<T[K]> };

/** The keys under one branch of a namespace, without the branch: `KeyUnder<'common', 'section'>` is 'overview' | 'spending' | … */
export type KeyUnder<N extends Namespace, Branch extends string> = KeyOf<N> extends infer K ? (K extends `${Branch}.${infer Rest}` ? Rest : never) : never;

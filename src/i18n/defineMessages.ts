import type { Mirror } from './keys';

/**
 * A namespace's labels: zh is the reference (its keys are the type of `t`'s keys), and en
 * must have exactly its keys, each a string; a key missing or extra in en is a type error
 * where the en block is written. Returns its argument.
 */
export function defineMessages<const Zh extends object>(messages: { zh: Zh; en: Mirror<NoInfer<Zh>> }): { zh: Zh; en: Mirror<Zh> } {
  return messages;
}

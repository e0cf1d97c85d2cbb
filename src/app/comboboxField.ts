/**
 * The category field's look, shared by the combobox and the placeholder that
 * stands in for it until Downshift has loaded: one set of classes, so the two
 * can never differ in size and nothing moves when the real one arrives.
 */
export const FIELD_ROW = 'relative flex items-center gap-2';
export const FIELD_LABEL = 'text-ink-soft';
export const FIELD_BOX = 'flex items-stretch rounded border border-line bg-paper';
export const FIELD_INPUT = 'w-48 min-w-0 rounded-l bg-transparent px-2 py-1.5 outline-none lg:w-56';
export const FIELD_TOGGLE = 'rounded-r px-2 text-ink-soft';

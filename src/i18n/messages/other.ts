/** Labels of the other feature, in both languages (keys mirror each other). */
export const other = {
  zh: {},
  en: {},
} as const;

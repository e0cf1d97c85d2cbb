/** Labels of the library feature, in both languages (keys mirror each other). */
export const library = {
  zh: {},
  en: {},
} as const;

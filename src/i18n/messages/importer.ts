/** Labels of the importer feature, in both languages (keys mirror each other). */
export const importer = {
  zh: {},
  en: {},
} as const;

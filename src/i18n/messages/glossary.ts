/** Labels of the glossary feature, in both languages (keys mirror each other). */
export const glossary = {
  zh: {},
  en: {},
} as const;

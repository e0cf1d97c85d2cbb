/** Labels of the spending feature, in both languages (keys mirror each other). */
export const spending = {
  zh: {},
  en: {},
} as const;

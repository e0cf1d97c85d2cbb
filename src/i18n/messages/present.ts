/** Labels of the present feature, in both languages (keys mirror each other). */
export const present = {
  zh: {},
  en: {},
} as const;

/** Labels of the staffing feature, in both languages (keys mirror each other). */
export const staffing = {
  zh: {},
  en: {},
} as const;

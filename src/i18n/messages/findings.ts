/** Labels of the findings feature, in both languages (keys mirror each other). */
export const findings = {
  zh: {},
  en: {},
} as const;

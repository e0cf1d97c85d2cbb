/** Labels of the keyWork feature, in both languages (keys mirror each other). */
export const keyWork = {
  zh: {},
  en: {},
} as const;

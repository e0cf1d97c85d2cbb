import { parenthetical } from '@/i18n/format';
import { useTranslation } from '@/i18n/react';

/** A hint for screen readers after a label, in the language's own brackets: "（…）" in Chinese, " (…)" in English. */
export function SrHint({ text }: { text: string }) {
  const { language } = useTranslation();
  return <span className="sr-only">{parenthetical('', text, language)}</span>;
}

import { useEffect } from 'react';
import { useTranslation } from '@/i18n/react';
import { useBudgetModel } from '@/state/budgetContext';
import { useFormat } from '@/state/useFormat';
import { useFilterSelection } from '@/state/useFilterSelection';
import { printPageRules } from './printRules';

/**
 * Puts the unit, year, source, filter and page numbers on every printed page
 * (Print → PDF makes the handout). The layout rules are in src/print.css; only
 * the running header's words depend on the budget and the language.
 */
export function PrintPageSetup() {
  const { t } = useTranslation('present');
  const budget = useBudgetModel();
  const format = useFormat();
  const selection = useFilterSelection(budget);
  const title = t('print.title', { name: format.name(budget.department), year: budget.fiscalYear });
  const source = t('ui.source', { title: budget.source.title });
  const filter = selection ? t('ui.filter', { name: selection.trail.map((n) => format.name(n)).join(' › ') }) : undefined;
  const pageTemplate = t('print.page', { page: '{{page}}', pages: '{{pages}}' });

  useEffect(() => {
    const rule = printPageRules({ title, source, pageTemplate, ...(filter ? { filter } : {}) });
    // A constructed stylesheet, not a <style> element: the Content-Security-Policy (vite.csp.ts) refuses inline <style>.
    // insertRule takes exactly one rule, so even text that escaped its string could not add rules beside it.
    if ('adoptedStyleSheets' in document && typeof CSSStyleSheet === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.insertRule(rule);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
    const style = document.createElement('style');
    style.dataset.printHeader = '';
    document.head.append(style);
    style.sheet?.insertRule(rule);
    return () => style.remove();
  }, [title, source, filter, pageTemplate]);
  return null;
}

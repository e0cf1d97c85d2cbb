/** The real shell (BudgetLoader → Dashboard) at a URL, with the seed in the cache as the app would fetch it (jsdom has no server). */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { BudgetLoader } from '@/app/BudgetLoader';
import { SEED_URL } from '@/data/datasetSource';
import { budgetQueryOptions } from '@/data/queries/budgetByUrl';
import { createI18n } from '@/i18n/i18n';
import { I18nProvider } from '@/i18n/react';
import { UrlStateProvider } from '@/state/urlState';
import { seed } from './seed';

export function renderApp(search = '', client = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  window.history.replaceState(null, '', `/${search}`);
  client.setQueryData(budgetQueryOptions(SEED_URL).queryKey, seed);
  const i18n = createI18n(new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'zh-CN');
  return render(
    <UrlStateProvider>
      <QueryClientProvider client={client}>
        <I18nProvider i18n={i18n}>
          <BudgetLoader />
        </I18nProvider>
      </QueryClientProvider>
    </UrlStateProvider>,
  );
}

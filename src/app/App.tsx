import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { I18nProvider } from '@/i18n/react';
import { createI18n } from '@/i18n/i18n';
import { UrlStateProvider } from '@/state/urlState';
import { useLanguage } from '@/state/viewState';
import { BudgetLoader } from './BudgetLoader';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

/**
 * Providers: the address (nuqs), one query client, one i18n instance that follows `?lang=`.
 * The page passes a client that is already loading the budget the address names.
 */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  return (
    <UrlStateProvider>
      <Providers queryClient={queryClient} />
    </UrlStateProvider>
  );
}

function Providers({ queryClient: given }: { queryClient?: QueryClient | undefined }) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [language] = useLanguage();
  const i18n = useMemo(() => createI18n(language), []); // eslint-disable-line react-hooks/exhaustive-deps -- created once; language changes below

  useEffect(() => {
    i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.title = i18n.t('appName');
  }, [i18n, language]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n} language={language}>
        <BudgetLoader />
      </I18nProvider>
    </QueryClientProvider>
  );
}

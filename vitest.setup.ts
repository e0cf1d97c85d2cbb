import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerNamespaces } from '@/i18n/lazyNamespaces';
import { namespaces } from '@/i18n/resources';

// Every label namespace at once in tests, as in a page whose label chunks have all arrived.
registerNamespaces(namespaces);

// Lazy parts (a load report, a section) are compiled on first use here, which on a busy
// 2-core CI machine can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => cleanup());

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { registerNamespaces } from '@/i18n/lazyNamespaces';
import { namespaces } from '@/i18n/resources';

// Every label namespace at once in tests, as in a page whose label chunks have all arrived.
registerNamespaces(namespaces);

afterEach(() => cleanup());

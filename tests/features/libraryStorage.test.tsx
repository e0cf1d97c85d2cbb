/**
 * The library dialog over storage that works, then refuses (a full disk): what the
 * user typed comes back to what is stored, and the dialog says why. The IndexedDB
 * path itself runs in Chromium: tests/e2e/library-storage.spec.ts.
 */
import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { StorageError } from '@/data/datasetStore';
import { setLibraryBackend } from '@/data/libraryBackend';
import { MapLibraryBackend } from '../support/mapLibraryBackend';
import { renameInLibrary } from '../support/libraryDialog';
import { renderApp } from '../support/renderApp';

const NAME = 'example-culture-2022-lei-only.json';
const file = () => new File([readFileSync(`tests/fixtures/valid/${NAME}`)], NAME, { type: 'application/json' });
const quota = () => new StorageError('quota', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('library dialog when storage refuses', { timeout: 20_000 }, () => {
  it('puts the stored name back and says the disk is full when a rename cannot be saved', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const backend = new MapLibraryBackend();
    setLibraryBackend(client, backend);
    renderApp('', client);
    await userEvent.upload(screen.getByLabelText('打开文件…'), file());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('示例县文化馆'));
    await userEvent.click(await screen.findByRole('button', { name: '关闭' }));

    backend.refuseWrites = backend.refuseReads = quota();
    const dialog = await renameInLibrary('示例县文化馆 2022', '文化馆预算');

    expect(await within(dialog).findByText(/浏览器存储空间已满/)).toBeInTheDocument();
    expect(within(dialog).getByText('示例县文化馆 2022')).toBeInTheDocument();
    expect(within(dialog).queryByText('文化馆预算')).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: /示例县文化馆 2022/ })).toBeInTheDocument();
    expect([...backend.metas.values()].map((m) => m.name)).toEqual(['示例县文化馆 2022']);
  });
});

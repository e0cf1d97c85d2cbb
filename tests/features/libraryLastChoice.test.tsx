/**
 * The user's last choice wins, whatever finishes last: a file whose bytes arrive
 * only when the test says (a large file still being read and validated) must not
 * replace what was chosen after it. Through the real shell, in jsdom.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/renderApp';

const EDU = 'example-edu-2021-wanyuan.json';
const CULTURE = 'example-culture-2022-lei-only.json';
const bytes = (name: string) => readFileSync(`tests/fixtures/valid/${name}`);
const heading = () => screen.getByRole('heading', { level: 1 });

/** A file whose content is read only once release() is called. */
function slowFile(name: string): { file: File; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  class SlowFile extends File {
    override async arrayBuffer(): Promise<ArrayBuffer> {
      await gate;
      return super.arrayBuffer();
    }
  }
  return { file: new SlowFile([bytes(name)], name, { type: 'application/json' }), release };
}

/** The slow load has finished once its file is in the library (the switcher lists it). */
const slowLoadDone = () =>
  waitFor(() => expect(within(screen.getByRole('combobox', { name: '数据集' })).getByRole('option', { name: /示例县教育和体育局/ })).toBeInTheDocument());
const shownId = () => new URLSearchParams(window.location.search).get('dataset');

describe('the last choice wins', { timeout: 20_000 }, () => {
  it('a slow file picked first does not replace a file picked after it', async () => {
    renderApp();
    const picker = screen.getByLabelText('打开文件…');
    const slow = slowFile(EDU);
    await userEvent.upload(picker, slow.file);
    await userEvent.upload(picker, new File([bytes(CULTURE)], CULTURE, { type: 'application/json' }));
    await waitFor(() => expect(heading()).toHaveTextContent('示例县文化馆'));
    const chosen = shownId();

    slow.release();
    // Nothing lost: the slow file is in the library all the same, but not on screen.
    await slowLoadDone();
    expect(shownId()).toBe(chosen);
    expect(heading()).toHaveTextContent('示例县文化馆');
    expect(await screen.findByTestId('load-report')).toHaveTextContent(CULTURE);
  });

  it('the seed picked in 数据集 while a slow file validates stays on screen', async () => {
    renderApp();
    const picker = screen.getByLabelText('打开文件…');
    await userEvent.upload(picker, new File([bytes(CULTURE)], CULTURE, { type: 'application/json' }));
    await waitFor(() => expect(heading()).toHaveTextContent('示例县文化馆'));
    const slow = slowFile(EDU);
    await userEvent.upload(picker, slow.file);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '数据集' }), 'seed');
    await waitFor(() => expect(heading()).toHaveTextContent('芦山县社会保险事务中心'));

    slow.release();
    await slowLoadDone();
    expect(heading()).toHaveTextContent('芦山县社会保险事务中心');
    expect(shownId()).toBeNull();
    // Its "reading…" is gone rather than left up for ever.
    expect(screen.queryByText(/正在读取/)).not.toBeInTheDocument();
  });
});

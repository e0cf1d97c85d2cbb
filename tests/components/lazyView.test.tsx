import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyView } from '@/components/lazyView';

function Figure({ text }: { text: string }) {
  return <p>{text}</p>;
}

describe('lazyView', () => {
  it('waits for code that has not arrived, behind its Suspense fallback', async () => {
    const View = lazyView(() => Promise.resolve(Figure));
    render(
      <Suspense fallback={<p>载入中</p>}>
        <View text="109.25 万元" />
      </Suspense>,
    );
    expect(screen.getByText('载入中')).toBeInTheDocument();
    expect(await screen.findByText('109.25 万元')).toBeInTheDocument();
  });

  it('draws at once, with no fallback, once its code has arrived', async () => {
    // React.lazy suspends on a first mount even then; a fallback shown in a transition stays for at least 300 ms.
    const View = lazyView(() => Promise.resolve(Figure));
    await View.preload();
    render(
      <Suspense fallback={<p>载入中</p>}>
        <View text="109.25 万元" />
      </Suspense>,
    );
    expect(screen.getByText('109.25 万元')).toBeInTheDocument();
    expect(screen.queryByText('载入中')).not.toBeInTheDocument();
  });
});

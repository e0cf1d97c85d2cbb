interface PagerProps {
  page: number;
  pageCount: number;
  labels: { nav: string; range: string; previous: string; next: string };
  onPage: (page: number) => void;
}

/** Previous / next through a long list, so the page never holds thousands of rows. */
export function Pager({ page, pageCount, labels, onPage }: PagerProps) {
  const button = 'rounded border border-line px-3 py-1 hover:bg-canvas disabled:cursor-not-allowed disabled:opacity-50';
  return (
    <nav aria-label={labels.nav} className="flex flex-wrap items-center gap-3 text-sm">
      <button type="button" className={button} disabled={page === 0} onClick={() => onPage(page - 1)}>
        {labels.previous}
      </button>
      <span aria-live="polite" className="tabular-nums text-ink-soft">
        {labels.range}
      </span>
      <button type="button" className={button} disabled={page >= pageCount - 1} onClick={() => onPage(page + 1)}>
        {labels.next}
      </button>
    </nav>
  );
}

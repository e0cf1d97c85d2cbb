/**
 * Said at the top of a section the category filter does not split (key work, other matters), so a
 * reader with a filter set does not take its figures as filtered.
 */
export function NotSplitNote({ children }: { children: string }) {
  return (
    <p role="note" className="mb-4 rounded border border-line bg-paper px-3 py-2 text-sm text-ink-soft">
      {children}
    </p>
  );
}

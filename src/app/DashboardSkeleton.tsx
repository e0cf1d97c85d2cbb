/** Reserves the dashboard's shape while the budget loads, so nothing jumps. */
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <main className="mx-auto max-w-page p-4" aria-busy="true">
      <p role="status" className="mb-4 text-ink-soft">
        {label}
      </p>
      <div className="mb-6 h-16 animate-pulse rounded-lg bg-paper" />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="h-28 animate-pulse rounded-lg bg-paper" />
        ))}
      </div>
    </main>
  );
}

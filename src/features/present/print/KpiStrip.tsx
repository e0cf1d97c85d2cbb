import type { RenderedSlide } from '../slideModel';

/** The slides whose one number belongs on the handout's first line, in reading order. */
const KPI_SLIDES = ['title', 'overview', 'spending', 'basicProject', 'personnelPublic', 'staffing'];

/** One figure per tile, the deck's headlines: the handout and the slides say the same thing. */
export function KpiStrip({ slides }: { slides: readonly RenderedSlide[] }) {
  const tiles = KPI_SLIDES.flatMap((id) => slides.filter((s) => s.id === id));
  return (
    <dl className="handout-kpis grid grid-cols-6 gap-2">
      {tiles.map((slide) => (
        <div key={slide.id} className="rounded border border-line px-2 py-1.5">
          <dt className="text-[11px] leading-tight text-ink-soft">{slide.headline.label}</dt>
          <dd className="figure text-[15px] font-semibold leading-snug">{slide.headline.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The contract every chart kind shares: rows carry numbers, and the chart formats
 * them with the value formatter it is given (never pre-formatted text in the data).
 */
export interface ChartDatum {
  key: string;
  label: string;
  /**
   * The measure in its exact base unit (分 for money, people for counts); undefined when
   * the document does not state it. Marks are drawn in proportion, so the unit does not matter to the drawing.
   */
  value: number | undefined;
  /** Percent of the whole, when the chart is a share of one. */
  share?: number;
  /** Emphasised by the active filter. */
  selected?: boolean;
  /** Greyed because a filter selects something else. */
  dimmed?: boolean;
  color?: string;
  /** Drawn indented under the row before it (a 项 under its 款). */
  nested?: boolean;
  /** Drawn bold and darker: a subtotal whose parts follow. */
  strong?: boolean;
  /** Screen-reader text saying what choosing the row does, e.g. "查看其下的款和项". */
  actionHint?: string;
  /** False when choosing the row does nothing (e.g. 其他). Defaults to true when the chart has onSelect. */
  selectable?: boolean;
}

/** Text drawn beside a mark, e.g. "23.49（21.50%）" or "未说明"; built from the i18n Formatter. */
export type ValueFormatter<D extends ChartDatum = ChartDatum> = (datum: D) => string;

export interface ChartProps<D extends ChartDatum = ChartDatum> {
  /** Stable id, written to the DOM as data-chart-id (the build's prerendered SVG finds its slot by it). */
  id: string;
  data: readonly D[];
  valueFormatter: ValueFormatter<D>;
  /** Describes the chart for screen readers; the table view has the detail. */
  ariaLabel: string;
  height: number;
  /** A fixed width (build-time prerender, tests); without it the chart fills its box. */
  width?: number;
  onSelect?: (key: string) => void;
}

/** What the shared charts draw: rows already computed, labelled and formatted. */
export interface ChartDatum {
  key: string;
  label: string;
  /** In the display unit; undefined when the document does not state it. */
  value: number | undefined;
  /** The formatted value drawn beside the mark, e.g. "23.49 万元" or "未说明". */
  valueLabel: string;
  /** Emphasised by the active filter. */
  selected?: boolean;
  /** Greyed because a filter selects something else. */
  dimmed?: boolean;
  color?: string;
}

export interface ChartProps {
  data: ChartDatum[];
  /** Describes the chart for screen readers; the table view has the detail. */
  ariaLabel: string;
  height: number;
  onSelect?: (key: string) => void;
}

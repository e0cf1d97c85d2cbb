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
  /** Drawn indented under the row before it (a 项 under its 款). */
  nested?: boolean;
  /** Drawn bold and darker: a subtotal whose parts follow. */
  strong?: boolean;
  /** Screen-reader text saying what choosing the row does, e.g. "查看其下的款和项". */
  actionHint?: string;
  /** False when choosing the row does nothing (e.g. 其他). Defaults to true when the chart has onSelect. */
  selectable?: boolean;
}

export interface ChartProps {
  data: ChartDatum[];
  /** Describes the chart for screen readers; the table view has the detail. */
  ariaLabel: string;
  height: number;
  onSelect?: (key: string) => void;
  /** Screen-reader text appended to the selected row. */
  selectedHint?: string;
  /** Bars spread over the box's full height, thicker when few (a slide), instead of huddling at its top. */
  fill?: boolean;
}

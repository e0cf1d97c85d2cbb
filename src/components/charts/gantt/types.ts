/** What a Gantt chart draws: lanes of marks on a January–December axis (months 0–12). */
export type GanttMarkKind = 'range' | 'point' | 'recurring';

export interface GanttMark {
  key: string;
  kind: GanttMarkKind;
  /** Months since 1 January, clipped to 0–12; equal for a point. */
  from: number;
  to: number;
  /** Recurring work: the middle of each occurrence, in months. */
  ticks: readonly number[];
  /** The step reaches past the year's start or end: that edge is drawn square. */
  openStart?: boolean;
  openEnd?: boolean;
  /** Drawn inside a dashed box: a shape, not colour alone. */
  overdue?: boolean;
}

/** Where a lane's label sits: after the mark, before it, or over it when neither side has room. */
export type GanttLabelAnchor = 'after' | 'before' | 'over';

export interface GanttLane {
  key: string;
  marks: readonly GanttMark[];
  /** Written beside the lane's mark (already formatted); the tooltip shows it whole. */
  label?: string;
  labelAnchor?: GanttLabelAnchor;
  /** A lane with nothing to draw says why instead ("⚠ … — 无法识别日期"). */
  text?: string;
  /** Red and bold: an overdue step, or a problem. */
  alert?: boolean;
  /** The tooltip's text; defaults to the label. */
  tooltip?: string;
}

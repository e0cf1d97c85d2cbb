/**
 * Every key the address carries, with its type, parser, default and history mode:
 * the one place that says what `?cat=`, `?slide=`… may hold. A value that does not
 * parse is read as absent (its default), so a hand-edited or stale link still opens.
 *
 * History: `push` for deliberate navigations the Back button should undo (choosing a
 * filter, drilling, opening the deck, switching dataset); `replace` for the rest
 * (the section followed while scrolling, the slide, language, unit, as-of day).
 * A call site may still override it, as the section nav's clicks push.
 */
import { createLoader, createParser, createSerializer, parseAsString, parseAsStringLiteral, type inferParserType } from 'nuqs';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export const DISPLAY_UNITS = ['元', '千元', '万元', '亿元'] as const;
export const PRESENT_MODES = ['1', 'presenter'] as const;

const push = { history: 'push' } as const;

/** A slide: its id ("spending", "cohorts:…") or its 1-based number ("3"); anything else opens the first slide. */
const parseAsSlide = createParser({
  parse: (value) => (/^[1-9]\d*$/.test(value) || /^[A-Za-z]/.test(value) ? value : null),
  serialize: String,
});

/** A calendar day, YYYY-MM-DD (whether it lies in the budget's year is the milestone state's question). */
const parseAsDay = createParser({
  parse: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null),
  serialize: String,
});

export const viewParams = {
  /** The section being read. */
  s: parseAsString,
  /** The category filter: a category's path of names. */
  cat: parseAsString.withOptions(push),
  /** The level the spending chart is drilled to. */
  drill: parseAsString.withOptions(push),
  /** The unit amounts are shown in; absent means the file's own (see viewState). */
  unit: parseAsStringLiteral(DISPLAY_UNITS),
  lang: parseAsStringLiteral(LANGUAGES).withDefault('zh-CN'),
  /** A budget file by same-origin URL. */
  data: parseAsString,
  /** A stored dataset's id; wins over `data`. */
  dataset: parseAsString.withOptions(push),
  /** The dataset compared with: a stored id, `seed` or `url:<URL>`. */
  compare: parseAsString.withOptions(push),
  present: parseAsStringLiteral(PRESENT_MODES).withOptions(push),
  slide: parseAsSlide,
  asof: parseAsDay,
} as const;

export type ViewParams = typeof viewParams;
export type ParamKey = keyof ViewParams;
export type ParamValues = inferParserType<ViewParams>;
/** Values to write: null (or undefined left out) removes a key; a default value is removed too. */
export type ParamPatch = { [K in ParamKey]?: ParamValues[K] | null };

/** Reads the address outside React (before the first render, at start-up). */
export const loadViewParams = createLoader(viewParams);

/** Writes `patch` over a base address or query (a link's href, the address after a navigation). */
export const serializeView = createSerializer(viewParams);

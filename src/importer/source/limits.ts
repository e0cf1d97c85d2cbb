/**
 * How much a file may ask of the reader. A real explanation is a few hundred
 * kilobytes of text on a few dozen pages; these limits stop only files built to
 * exhaust memory or time, and are stated to users (README, the dialog's messages).
 */

/** A .docx's parts, inflated: declared in its directory, and counted again as they inflate. */
export const MAX_INFLATED_BYTES = 50 * 1024 * 1024;

/** A Word document has a dozen parts; thousands means a crafted archive. */
export const MAX_ZIP_ENTRIES = 1000;

/** Inflated ÷ compressed for one part. XML reaches 20–50; a bomb reaches 1000. */
export const MAX_COMPRESSION_RATIO = 200;

/** Parts smaller than this may compress as well as they like (a page of spaces is harmless). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

export const MAX_PDF_PAGES = 1000;

/** Text read out of a PDF, counted page by page. */
export const MAX_TEXT_CHARS = 10 * 1000 * 1000;

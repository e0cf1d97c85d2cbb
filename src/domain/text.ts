/**
 * Text from a file made fit to show and to export. A budget's names end up in
 * XML (the .pptx), SVG and CSS; characters those cannot hold made the exports
 * unreadable (issue 14: a vertical tab, Word's soft line break, broke the
 * .pptx; a lone surrogate made the image export throw).
 */

/** Controls other than tab and newline, and the two noncharacters U+FFFE/U+FFFF: never text a reader meant. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** A surrogate not part of a pair (the `u` flag makes a valid pair one code point, which this does not match). */
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/**
 * How a file's text is kept: composed (NFC, so "é" typed two ways is one name),
 * line breaks as \n, other controls dropped, a lone surrogate as U+FFFD.
 */
export function normalizeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(CONTROLS, '').normalize('NFC');
}

/** Characters XML 1.0 may not hold at all (escaping does not help): C0 controls but tab, CR, LF; U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text an XML or SVG writer can put in a document, whatever it was given: illegal characters dropped, lone surrogates as U+FFFD. */
export function xmlText(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd').replace(NOT_XML, '');
}

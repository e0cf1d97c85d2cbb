/**
 * Every file the app hands to the user goes through here: one way to name it and
 * one way to download it. A name is built from text the user's file carried (a
 * department, a chart title, a file name), so it is cleaned for every system the
 * file may land on: Windows' reserved characters and device names, control and
 * bidi characters, leading dots, and a length every file system accepts.
 */

export interface FileNameOptions {
  /** Used when nothing printable is left of the title. */
  fallback?: string;
  /** 'dash' joins words with "-" (chart and deck files, as they were always named); 'keep' keeps single spaces. */
  words?: 'dash' | 'keep';
  /** Written after the cleaned title and before the extension, e.g. "-2021-milestones". */
  suffix?: string;
}

/** Windows refuses these as a file's base name, whatever the extension. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;
/** Reserved on Windows or path separators anywhere, plus C0/C1 controls and lone surrogates. */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udfff]/gu;
/** Bidi overrides and isolates can make "txt.exe" read as "exe.txt"; zero-width characters hide text. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Most file systems allow 255 bytes; browsers add " (1)" to a second download. */
const MAX_BYTES = 200;

const encoder = new TextEncoder();
const bytes = (text: string) => encoder.encode(text).length;

/** The longest start of text (whole code points) that fits in max UTF-8 bytes. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (bytes(out + ch) > max) break;
    out += ch;
  }
  return out;
}

function clean(title: string, words: 'dash' | 'keep'): string {
  const safe = title.normalize('NFC').replace(INVISIBLE, '').replace(UNSAFE, '-');
  // The deck's "单位 · 2021" separator counted as a space in chart and deck names before this module.
  const spaced = words === 'dash' ? safe.replace(/[\s·]+/g, '-').replace(/-{2,}/g, '-') : safe.replace(/\s+/g, ' ').replace(/-{2,}/g, '-');
  // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
  const trimmed = spaced.replace(/^[\s.]+|[\s.]+$/g, '');
  return words === 'dash' ? trimmed.replace(/^[-.]+|[-.]+$/g, '') : trimmed;
}

/** A name any system accepts for a file made from title: "收入来源.png", "芦山社保 2021 预算说明.json". */
export function safeFileName(title: string, ext: string, { fallback = 'file', words = 'keep', suffix = '' }: FileNameOptions = {}): string {
  const tail = `${suffix}.${ext}`;
  const cleaned = cut(clean(title, words), MAX_BYTES - bytes(tail)).replace(/[\s.]+$/, '');
  // Nothing but the dashes unsafe characters became is no name.
  const base = /[^\s.-]/.test(cleaned) ? cleaned : fallback;
  return `${DEVICE_NAME.test(base + suffix) ? '_' : ''}${base}${tail}`;
}

/** Saves the blob through the browser's download: a local object URL, no request leaves the page. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * How much pasted text the dialog puts back in its text box after a read (stopped, failed, or
 * left from the review): every real explanation, and nothing that would stall the page. Putting
 * text back into a textarea is the browser laying it out, measured in Chromium at 1366 px:
 * 200 lines of 100 characters 11 ms; 2,000 lines of 100 characters 64 ms; 100 lines of 2,000
 * characters 38 ms; 5,000 short lines 111 ms; 400,000 (the 600 KB paste of the e2e test) 2.7 s.
 * The longest of 30 real explanations is 20 KB in 206 lines.
 */
const MAX_LINES = 2000;
const MAX_CHARS = 200_000;

export function lineCount(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

export function fitsBackInTextBox(text: string): boolean {
  return text.length <= MAX_CHARS && lineCount(text) <= MAX_LINES;
}

/** Brackets in a sentence: a list in brackets after a figure breaks that figure down. */

/** A bracket opening a list ("（社会保障和就业支出 38.39 万元，…）") closes within the sentence, before any other bracket opens. */
function closesLater(text: string, at: number): boolean {
  const close = text.slice(at + 1).search(/[)）]/);
  const open = text.slice(at + 1).search(/[(（]/);
  return close >= 0 && (open < 0 || close < open);
}

/**
 * How deep in brackets each position of a sentence is. A bracket never closed
 * ("事业收入(不含专户资金0万元,…") was never a bracket: what follows is not inside it.
 */
export function bracketDepths(text: string): number[] {
  const depths: number[] = new Array<number>(text.length + 1).fill(0);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    depths[i] = depth;
    const ch = text[i]!;
    if ((ch === '(' || ch === '（') && (depth > 0 || closesLater(text, i))) depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  depths[text.length] = depth;
  return depths;
}

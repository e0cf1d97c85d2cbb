/**
 * Zeros written in words: "因公出国（境）经费暂未编入年初部门预算", "未安排",
 * "无安排", "不涉及", "公务用车购置费和运行维护费均为 0". Each is read as 0 with
 * its sentence as provenance. One line per subject; the words that say "none"
 * are shared.
 */
import { provenanceOf, type Sentence } from '../context';
import type { FigureStore } from '../figureStore';

/** Words after a subject that mean nothing is budgeted for it. */
const NONE = '(?:暂未编入|未编入|未安排|无安排|没有安排|不安排|不涉及|未列支|无此项|为零|为0(?![.\\d])|均为0(?![.\\d])|均为零)';

const SUBJECTS: [string, string][] = [
  ['threePublic.abroad', '(?:因公)?出国[(（]境[)）](?:经)?费(?:用)?'],
  ['threePublic.reception', '公务接待费(?:用)?'],
  ['threePublic.vehiclePurchase', '公务用车购置费(?:用)?'],
  ['threePublic.vehicleOperation', '公务用车运行(?:维护)?费(?:用)?'],
  ['threePublic.vehicle', '公务用车购置及运行(?:维护)?费(?:用)?'],
  ['threePublic.total', '[“"]?三公[”"]?经费'],
];

/** "X 暂未编入年初部门预算": the subject, a few words (预算, 年初…), then the none-words. */
const RULES = SUBJECTS.map(([path, subject]) => ({ path, re: new RegExp(`${subject}\\s*(?:预算)?(?:[^。；;，,\\d]{0,6}?)${NONE}`) }));

/** "公务用车购置费和运行维护费均为 0": two subjects joined, one zero for both. */
const BOTH = /公务用车购置(?:费)?(?:和|及|与|、)(?:公务用车)?运行(?:维护)?费(?:用)?\s*均为\s*(?:0(?![.\d])|零)/;

// "基本持平" (about level) is no stated zero change.
const FLAT = /(?:与|较|比)[^。；;，,]{0,14}?(?<!基本|大体|大致)(?:持平|无变化|无增减)/;

/** Where a part's claimed change goes (stated.abroadChange…), as for a figure with its comparison. */
function changeOf(path: string): string {
  const part = path.slice('threePublic.'.length);
  return `stated.${part === 'total' ? 'threePublic' : part}Change`;
}

export function extractZeros(sentences: readonly Sentence[], store: FigureStore): void {
  for (const s of sentences) {
    if (s.inKeyWork) continue;
    const prov = provenanceOf(s);
    for (const { path, re } of RULES) {
      if (!re.test(s.text)) continue;
      store.add(path, { kind: 'money', fen: 0 }, s.tier, prov);
      // "未安排预算，与 2019 年预算持平": no change either.
      if (FLAT.test(s.text)) store.add(changeOf(path), { kind: 'money', fen: 0 }, s.tier, prov);
    }
    if (BOTH.test(s.text)) {
      store.add('threePublic.vehiclePurchase', { kind: 'money', fen: 0 }, s.tier, prov);
      store.add('threePublic.vehicleOperation', { kind: 'money', fen: 0 }, s.tier, prov);
    }
  }
}

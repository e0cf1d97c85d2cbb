/**
 * The 类/款/项 tree: "社会保障和就业(类)行政事业单位离退休(款)…(项) 2021 年预算数为
 * 14.18 万元，主要用于：…", plus 类 named in "支出包括：一般公共服务支出、教育支出…"
 * without an amount (they exist in the tree, their amount stays absent).
 */
import { CATEGORY_ALTERNATION, canonicalCategory } from '../categories';
import { countUnit, provenanceOf, type DocContext, type Sentence } from '../context';
import type { FigureStore } from '../figureStore';
import { decimalToFen } from '../tokens';
import type { MoneyUnit } from '@/domain/money';

/** 类 › 款 › 项 names in the order the document gives them. */
export type Outline = Map<string, Map<string, string[]>>;

export const SEP = '›';

const P_OPEN = '[(（]';
const P_CLOSE = '[)）]';
const NAME = `([^()（）:：，,。；;]{1,40}?)`;
const LINE = new RegExp(
  `${NAME}\\s*${P_OPEN}类${P_CLOSE}\\s*${NAME}\\s*${P_OPEN}款${P_CLOSE}\\s*(?:${NAME}\\s*${P_OPEN}项${P_CLOSE})?\\s*(?:\\d{4}\\s*年度?)?\\s*(?:的)?(?:预算数?|预算金额|预算安排|安排)?\\s*(?:为|是)?\\s*[:：]?\\s*(约\\s*)?(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|千元|元)?`,
);
const PURPOSE = /主要用于\s*[:：]?\s*(.+)$/;
const NAME_LIST = new RegExp(`(${CATEGORY_ALTERNATION})`, 'g');

function addName(outline: Outline, cat: string, kuan?: string, xiang?: string): void {
  const kuans = outline.get(cat) ?? new Map<string, string[]>();
  outline.set(cat, kuans);
  if (!kuan) return;
  const xiangs = kuans.get(kuan) ?? [];
  kuans.set(kuan, xiangs);
  if (xiang && !xiangs.includes(xiang)) xiangs.push(xiang);
}

function purposeOf(s: Sentence, from: number): string | undefined {
  // The purpose runs to the end of the numbered item, which may span sentences.
  const blockText = s.block.text;
  const at = blockText.indexOf(s.text);
  const rest = at >= 0 ? blockText.slice(at + from) : s.text.slice(from);
  const m = PURPOSE.exec(rest);
  return m ? m[1]!.trim() : undefined;
}

export function extractFunctional(sentences: readonly Sentence[], store: FigureStore, doc: DocContext, outline: Outline): void {
  for (const s of sentences) {
    if (s.inKeyWork) continue;
    const prov = provenanceOf(s);
    const m = /[(（]类[)）]/.test(s.text) ? LINE.exec(s.text) : null;
    if (m && m.index < 40) {
      const cat = canonicalCategory(m[1]!.replace(/^\d+\s*[.、]\s*/, ''));
      const kuan = m[2]!.trim();
      const xiang = m[3]?.trim();
      addName(outline, cat, kuan, xiang);
      const path = ['functional', [cat, kuan, ...(xiang ? [xiang] : [])].join(SEP)].join('.');
      const unit = (m[6] as MoneyUnit | undefined) ?? doc.declaredUnit;
      if (m[4]) store.skip(path, 'approximate', prov);
      else if (!unit) store.skip(path, 'ambiguous', prov);
      else {
        const fen = decimalToFen(m[5]!, unit);
        if (fen === undefined) store.skip(path, 'precision', prov);
        else {
          countUnit(doc, m[6] as MoneyUnit | undefined);
          store.add(path, { kind: 'money', fen }, s.tier, prov);
        }
      }
      const purpose = purposeOf(s, m.index + m[0].length);
      if (purpose) store.add(`${path}#purpose`, { kind: 'text', value: purpose }, s.tier, prov);
      continue;
    }
    // "支出包括：一般公共服务支出、教育支出…": 类 that exist, amounts or not.
    if (/支出(?:主要)?包括|支出科目|支出功能分类/.test(s.text)) {
      for (const n of s.text.matchAll(NAME_LIST)) addName(outline, n[1]!);
    }
  }
  for (const path of store.paths('functional.')) {
    const name = path.slice('functional.'.length).split(SEP)[0]!.split('#')[0]!;
    if (!outline.has(name)) addName(outline, name);
  }
}

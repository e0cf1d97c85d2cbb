/**
 * Money statements: "<label> <amount>[，占 <share>%][，比 <year> 年<…> <previous>
 * <增加|减少> <change>[，增长 <pct>%]]", read token by token. The subject of a
 * sentence is the last labelled figure; shares, previous-year values, changes and
 * growth rates attach to it. A figure whose words match no label is not used.
 */
import type { MoneyUnit } from '@/domain/money';
import { CATEGORY_ALTERNATION } from '../categories';
import { countUnit, provenanceOf, type DocContext, type Sentence } from '../context';
import type { FigureStore } from '../figureStore';
import { leadTail, matchLabel, matchRevenue, type Tier } from '../labels';
import { decimalToFen, tokenize, type Token } from '../tokens';

interface Subject {
  key: string;
  tier: Tier;
  unit?: MoneyUnit;
  hasChange: boolean;
}

const VERB_END = /(增加|增长|上升|减少|下降|降低|减)了?\s*(?:幅度)?\s*(?:为|是)?\s*$/;
const COMPARE_YEAR = /(?:比|较|与|同比|相比)\s*(?:上年|去年|上一年度?|上年度|\d{4}\s*年度?)|同比/;
const SHARE = /占[^，,；;。]{0,16}$/;
const CATEGORY_RE = new RegExp(`(${CATEGORY_ALTERNATION})(?:类科目|类)?(?:预算)?(?:数)?\\s*(?:为|是)?\\s*[:：]?\\s*$`);

/** Where each part of a subject goes in the budget. */
function pathsOf(key: string): { amount: string; previous?: string; change?: string; pct?: string; share?: string; reason?: string } {
  if (key === 'total')
    return { amount: 'total', previous: 'previousYear.total', change: 'stated.totalChange', pct: 'stated.totalGrowthPct', reason: 'stated.totalChangeReason' };
  if (key === 'operatingExpenses')
    return {
      amount: 'operatingExpenses',
      previous: 'previousYear.operatingExpenses',
      change: 'stated.operatingExpensesChange',
      pct: 'stated.operatingExpensesGrowthPct',
      reason: 'stated.operatingExpensesChangeReason',
    };
  if (key === 'fiscalAppropriation') return { amount: 'fiscalAppropriation', previous: 'previousYear.fiscalAppropriation' };
  if (key === 'basic' || key === 'project') return { amount: `spending.${key}`, share: `stated.spendingSharesPct.${key}` };
  if (key === 'personnel' || key === 'publicOperating') return { amount: `spending.${key}` };
  if (key.startsWith('threePublic.')) return { amount: key, previous: `previousYear.${key}` };
  if (key.startsWith('revenue.')) return { amount: key, share: `stated.revenueSharesPct.${key.slice(8)}` };
  if (key.startsWith('functional.')) return { amount: key, share: `stated.functionalSharesPct.${key.slice(11)}` };
  return { amount: key };
}

function lastClause(lead: string): string {
  const cut = Math.max(...['，', ',', '；', ';', '。'].map((c) => lead.lastIndexOf(c)));
  return lead.slice(cut + 1);
}

function sign(verb: string): 1 | -1 {
  return /减|下降|降低/.test(verb) ? -1 : 1;
}

function classify(lead: string, sentenceTier: Tier): { key: string; tier: Tier } | undefined {
  const label = matchLabel(lead);
  if (label) return { key: label.key, tier: label.tier ?? sentenceTier };
  const revenue = matchRevenue(lead);
  if (revenue) return { key: `revenue.${revenue}`, tier: sentenceTier };
  const cat = CATEGORY_RE.exec(leadTail(lead).replace(/^\s*其中\s*/, ''));
  if (cat) return { key: `functional.${cat[1]!}`, tier: sentenceTier };
  return undefined;
}

export function extractMoney(sentences: readonly Sentence[], store: FigureStore, doc: DocContext): void {
  for (const s of sentences) {
    // Key work figures are not budget figures; 类/款/项 lines are read by extractFunctional.
    if (s.inKeyWork || !/\d/.test(s.text) || /[(（]类[)）][^。]*[(（]款[)）]/.test(s.text)) continue;
    const prov = provenanceOf(s);
    const tokens = tokenize(s.text);
    let subject: Subject | undefined;

    const money = (t: Token, unit: MoneyUnit | undefined, path: string): number | undefined => {
      if (t.approximate) return void store.skip(path, 'approximate', prov);
      if (t.torn) return void store.skip(path, 'ambiguous', prov);
      const u = t.unit ?? unit;
      if (!u) return void store.skip(path, 'ambiguous', prov);
      const fen = decimalToFen(t.raw, u);
      if (fen === undefined) store.skip(path, 'precision', prov);
      return fen;
    };

    tokens.forEach((t, i) => {
      if (t.kind === 'count') return;
      const lead = t.lead;
      if (t.kind === 'pct') {
        if (!subject) return;
        const paths = pathsOf(subject.key);
        if (SHARE.test(lead) && paths.share) store.add(paths.share, { kind: 'number', value: t.value }, subject.tier, prov);
        const verb = VERB_END.exec(lead);
        if (verb && paths.pct && !classify(lead.slice(0, verb.index), subject.tier)) {
          if (t.approximate) store.skip(paths.pct, 'approximate', prov);
          else store.add(paths.pct, { kind: 'number', value: sign(verb[1]!) * t.value }, subject.tier, prov);
        }
        return;
      }
      const verb = VERB_END.exec(lead);
      if (subject && verb) {
        const paths = pathsOf(subject.key);
        if (!classify(lead.slice(0, verb.index), subject.tier) && paths.change) {
          const fen = money(t, subject.unit, paths.change);
          if (fen !== undefined) {
            store.add(paths.change, { kind: 'money', fen: sign(verb[1]!) * fen }, subject.tier, prov);
            subject.hasChange = true;
          }
          return;
        }
        if (!classify(lead.slice(0, verb.index), subject.tier)) return;
      }
      // "，比 2020 年收支预算总数 83.08": a comparison in the figure's own clause gives last year's value.
      if (subject && COMPARE_YEAR.test(lastClause(lead)) && !verb) {
        const paths = pathsOf(subject.key);
        if (paths.previous) {
          // A bare previous-year value takes the unit of the figure it is compared with.
          const next = tokens[i + 1];
          const fen = money(t, t.unit ?? doc.declaredUnit ?? subject.unit ?? next?.unit, paths.previous);
          if (fen !== undefined) store.add(paths.previous, { kind: 'money', fen }, subject.tier, prov);
        }
        return;
      }
      const found = classify(lead, s.tier);
      if (!found) {
        subject = undefined;
        return;
      }
      const paths = pathsOf(found.key);
      const fen = money(t, doc.declaredUnit, paths.amount);
      subject = { key: found.key, tier: found.tier, ...(t.unit ? { unit: t.unit } : doc.declaredUnit ? { unit: doc.declaredUnit } : {}), hasChange: false };
      if (fen === undefined) return;
      countUnit(doc, t.unit);
      store.add(paths.amount, { kind: 'money', fen }, found.tier, prov);
      const after = s.text.slice(t.end, tokens[i + 1]?.start ?? s.text.length);
      if (paths.change && /^[^。；;]*?(?:比|较|与)[^。；;，,]{0,14}持平/.test(after)) store.add(paths.change, { kind: 'money', fen: 0 }, found.tier, prov);
      if (paths.reason) readReason(s, t.end, paths.reason, found.tier, store);
    });
  }
}

const REASON = /(?:主要)?原因(?:是|为|在于)?\s*[:：]?\s*([^。]+。?)/;

function readReason(s: Sentence, from: number, path: string, tier: Tier, store: FigureStore): void {
  const rest = s.text.slice(from);
  const here = REASON.exec(rest);
  const text = here?.[1] ?? (s.next && /^(?:主要)?原因/.test(s.next) ? REASON.exec(s.next)?.[1] : undefined);
  if (!text) return;
  const cleaned = text.replace(/^[:：\s]+/, '').trim();
  if (cleaned.length >= 2) store.add(path, { kind: 'text', value: cleaned }, tier, provenanceOf(s));
}

/**
 * Money statements: "<label> <amount>[，占 <share>%][，比 <year> 年<…> <previous>
 * <增加|减少> <change>[，增长 <pct>%]]", read token by token. The subject of a
 * sentence is the last labelled figure; shares, previous-year values, changes and
 * growth rates attach to it. A figure whose words match no label is not used.
 */
import type { MoneyUnit } from '@/domain/money';
import { categoryName } from '../categories';
import { countUnit, provenanceOf, type DocContext, type Sentence } from '../context';
import type { CandidateList, FigureStore } from '../figureStore';
import { cleanLabel, leadTail, matchLabel, revenueName, type LabelContext, type Tier } from '../labels';
import { decimalToFen, tokenize, type Token } from '../tokens';
import type { FigureValue } from '../types';
import { bracketDepths } from './brackets';
import { changeSubject, pathsOf } from './claims';

interface Subject {
  key: string;
  tier: Tier;
  unit?: MoneyUnit;
  hasChange: boolean;
}

// "较上年增 17.1 万元": 增 alone is a rise, but 新增 names an amount.
const VERB_END = /(增加|增长|上升|减少|下降|降低|减|(?<!新)增)了?\s*(?:幅度?)?\s*(?:为|是)?\s*$/;
const COMPARE_YEAR = /(?:比|较|与|同比|相比)\s*(?:上年|去年|上一年度?|上年度|\d{4}\s*年度?)|同比/;
const SHARE = /占[^，,；;。]{0,16}$/;
/** A comparison with last year's execution (执行数), not its budget: no previous-year figure. */
const EXECUTION = /执行数?/;

function lastClause(lead: string): string {
  const cut = Math.max(...['，', ',', '；', ';', '。'].map((c) => lead.lastIndexOf(c)));
  return lead.slice(cut + 1);
}

function sign(verb: string): 1 | -1 {
  return /减|下降|降低/.test(verb) ? -1 : 1;
}

type Found = { key: string; tier: Tier } | { list: 'revenue' | 'functional'; name: string; known: boolean; tier: Tier };

/** A lead that names nothing but the year and the budget ("2022 年预算安排"): its subject is the heading above. */
const HEADING_SUBJECT = /^(?:\d{4}\s*年度?)?(?:年初)?(?:预算)?(?:安排|数)?\s*(?:为)?\s*[:：]?\s*$/;

function classify(lead: string, sentenceTier: Tier, ctx: LabelContext): Found | undefined {
  const words = cleanLabel(leadTail(lead));
  const label = matchLabel(lead, ctx) ?? (words && HEADING_SUBJECT.test(words) && ctx.heading ? matchLabel(ctx.heading, ctx) : undefined);
  if (label) return { key: label.key, tier: label.tier ?? sentenceTier };
  const revenue = revenueName(lead);
  if (revenue) return { list: 'revenue', name: revenue, known: true, tier: sentenceTier };
  const cat = categoryName(cleanLabel(leadTail(lead)));
  if (cat) return { list: 'functional', ...cat, tier: sentenceTier };
  return undefined;
}

/** The year a label is dated with ("2017 年部门预算总收入"), when it is not the budget year. */
function otherYear(lead: string, year: number | undefined): number | undefined {
  const m = /^(\d{4})\s*年/.exec(cleanLabel(leadTail(lead)));
  return m && year !== undefined && Number(m[1]) !== year ? Number(m[1]) : undefined;
}

/** Whether a label carries a year of its own, whichever. */
function isDated(lead: string): boolean {
  return /^\d{4}\s*年/.test(cleanLabel(leadTail(lead)));
}

/** Figures whose 其中 list names the budget's own sources or classes. */
/** Sentences about one matter whose funding lists are that matter's. */
const OTHER_MATTER = /采购|三公|资产|车辆|绩效/;

const LIST_OWNERS = new Set(['total', 'fiscalAppropriation', 'generalBudget', 'funds.governmentFund']);

/** The split of an amount into basic and project spending, which is the unit's only after a figure of the whole. */
const ITEM_PARTS = new Set(['basic', 'project']);
/** Between that figure and the split: a comma and 其中 at most ("机构运行 X 元，其中：基本支出 Y 元，项目支出 0 元"). */
const ITEM_SPLIT = /^\s*[,，]?\s*(?:其中\s*[:：]?)?\s*(?:基本|项目)支出\s*$/;

/** "…预算为 14.01 万元，其中：…。与 2023 年预算相比增长 16.75%": a sentence that opens with the comparison continues the figure the last one opened with. */
const OPENS_WITH_COMPARISON = /^(?:与|较|比|同比)\s*(?:上年|去年|上一?年度?|\d{4}\s*年度?)/;

export function extractMoney(sentences: readonly Sentence[], store: FigureStore, doc: DocContext): void {
  let tableList: { revenue?: CandidateList; functional?: CandidateList } = {};
  let listGroup: string | undefined;
  /** The first labelled figure of the sentence before, in its block. */
  let opened: { block: Sentence['block']; subject: Subject } | undefined;
  /** The sentence before ended on an item's "其中：": its split follows on the next line. */
  let itemOpen = false;
  for (const s of sentences) {
    // Key work figures are not budget figures; 类/款/项 lines are read by extractFunctional.
    if (s.inKeyWork || !/\d/.test(s.text) || /[(（]类[)）][^。]*[(（]款[)）]/.test(s.text)) continue;
    const prov = provenanceOf(s);
    const tokens = tokenize(s.text, doc.declaredUnit !== undefined);
    const depths = bracketDepths(s.text);
    const ctx: LabelContext = {
      sentence: s.text,
      heading: s.block.path[s.block.path.length - 1]?.text ?? '',
      ...(doc.unitName ? { unitName: doc.unitName } : {}),
      threePublicOnly: doc.threePublicOnly,
    };
    // Rows of a table, and numbered items under one heading ("1.农林水支出 X 元…"), make one list together.
    const flatTable = (s.text.match(/[一二三四五六七八九十]+、/g)?.length ?? 0) >= 6;
    const group = /\|/.test(s.text) || flatTable ? 'table' : s.block.kind === 'item' ? `item:${s.block.level}:${s.section}` : undefined;
    const isTableRow = group !== undefined;
    if (group !== listGroup) tableList = {};
    listGroup = group;
    const lists: { revenue?: CandidateList; functional?: CandidateList } = isTableRow ? tableList : {};
    let subject: Subject | undefined = opened?.block === s.block && OPENS_WITH_COMPARISON.test(s.text) ? opened.subject : undefined;
    let first: Subject | undefined;
    /** The last figure had no label (a 项 such as "机构运行 1100910.5 元"): the basic/project split after it is that item's. */
    let afterItem: boolean = itemOpen;
    /** "2021 年度“三公”经费合计支出 20.12 万元，其中：公务接待 12.39 万元": undated parts take the year of the figure they break down. */
    let sentenceYear: number | undefined;
    /** The last labelled figure of the sentence: a list after it belongs to it. */
    let owner: string | undefined;
    /** Inside "含…": unlabelled parts of the subject, which stays the subject. */
    let inPassing = false;

    const money = (t: Token, unit: MoneyUnit | undefined, path: string): number | undefined => {
      if (t.torn) return void store.skip(path, 'ambiguous', prov);
      const u = t.unit ?? unit;
      if (!u) return void store.skip(path, 'ambiguous', prov);
      const fen = decimalToFen(t.raw, u);
      if (fen === undefined) store.skip(path, 'precision', prov);
      return fen;
    };
    const add = (t: Token, path: string, value: FigureValue, tier: Tier): void =>
      store.add(path, value, tier, prov, t.approximate ? { approximate: true } : undefined);

    tokens.forEach((t, i) => {
      if (t.kind === 'count') return;
      const lead = t.lead;
      if (t.kind === 'pct') {
        if (!subject) return;
        const paths = pathsOf(subject.key);
        if (SHARE.test(lead) && paths.share) add(t, paths.share, { kind: 'number', value: t.value }, subject.tier);
        const verb = VERB_END.exec(lead);
        if (verb && paths.pct && !classify(lead.slice(0, verb.index), subject.tier, ctx))
          add(t, paths.pct, { kind: 'number', value: sign(verb[1]!) * t.value }, subject.tier);
        return;
      }
      const verb = VERB_END.exec(lead);
      if (verb) {
        const before = lead.slice(0, verb.index);
        const named = changeSubject(before, ctx);
        // "其中公务接待较上年减少…": a part named after 其中, even one no label knows, is not the sentence's subject.
        const namesPart = /其中\s*[:：]?\s*[\u4e00-\u9fa5]/.test(lastClause(before));
        const key = named ?? (subject && !namesPart && !classify(before, subject.tier, ctx) ? subject.key : undefined);
        const paths = key ? pathsOf(key) : undefined;
        if (key && paths?.change) {
          const tier = subject?.key === key ? subject.tier : s.tier;
          const fen = money(t, subject?.key === key ? subject.unit : doc.declaredUnit, paths.change);
          if (fen !== undefined) add(t, paths.change, { kind: 'money', fen: sign(verb[1]!) * fen }, tier);
          subject = { key, tier, ...(t.unit ? { unit: t.unit } : subject?.unit ? { unit: subject.unit } : {}), hasChange: true };
        }
        return;
      }
      // "，比 2020 年收支预算总数 83.08": a comparison in the figure's own clause gives last year's value,
      // unless a verb stands in it (an unfilled "增加(减少)0 万元") or another figure is named after it.
      const clause = lastClause(lead);
      const named = (classify(lead, s.tier, ctx) as { key?: string } | undefined)?.key;
      if (COMPARE_YEAR.test(clause) && /增加|减少|增长|下降/.test(clause)) return;
      if (COMPARE_YEAR.test(clause) && (!named || !subject || named === subject.key)) {
        const key = subject?.key ?? named;
        const paths = key ? pathsOf(key) : undefined;
        if (paths?.previous && !EXECUTION.test(clause)) {
          // A bare previous-year value takes the unit of the figure it is compared with.
          const next = tokens[i + 1];
          const fen = money(t, t.unit ?? doc.declaredUnit ?? subject?.unit ?? next?.unit, paths.previous);
          if (fen !== undefined) add(t, paths.previous, { kind: 'money', fen }, subject?.tier ?? s.tier);
        }
        if (!subject && key) subject = { key, tier: s.tier, ...(t.unit ? { unit: t.unit } : {}), hasChange: false };
        return;
      }
      if (/[；;。]/.test(lead)) inPassing = false;
      const found = classify(lead, s.tier, ctx);
      if (!found) {
        // "总预算 X，含 Y 经费 Z，W 经费 V；比上年…": parts named in passing keep the sentence's subject.
        if (/含|包括/.test(lastClause(lead))) inPassing = true;
        if (!inPassing) {
          subject = undefined;
          afterItem = true;
        }
        return;
      }
      if ('list' in found) {
        // "教育支出 100 万元，其中：基本支出 80 万元": the split of a class is the class's.
        afterItem = found.list === 'functional';
        const previous = subject;
        subject = undefined;
        // A list in brackets after a figure breaks that figure down; it is not the unit's list.
        if (depths[t.start]! > 0) return;
        // Sources named after 政府采购 or 三公 fund that figure, not the budget ("采购预算 50 万元，其中：一般公共预算拨款 40 万元").
        if (/[；;.]|分类/.test(lead)) owner = undefined;
        if (owner && !LIST_OWNERS.has(owner)) return;
        // "按政府采购资金类型划分，一般公共预算拨款 X": sources of one matter (采购, 三公, assets), not of the budget.
        if (OTHER_MATTER.test(s.text) || OTHER_MATTER.test(ctx.heading)) return;
        // "教育支出 100 万元，其中：初中教育支出 60 万元": a 项 under the 类 just named is not a 类.
        if (found.list === 'functional' && !found.known && previous?.key.startsWith('functional.') && /其中/.test(lead)) return;
        const fen = money(t, doc.declaredUnit, `${found.list}.${found.name}`);
        if (fen === undefined) return;
        countUnit(doc, t.unit);
        const list = (lists[found.list] ??= { kind: found.list, tier: found.tier, items: [], introduced: /其中|包括|功能分类/.test(lead) || isTableRow });
        list.items.push({ name: found.name, fen, known: found.known, provenance: prov, approximate: t.approximate });
        if (found.list === 'revenue') subject = { key: `revenue.${found.name}`, tier: found.tier, ...(t.unit ? { unit: t.unit } : {}), hasChange: false };
        else subject = { key: `functional.${found.name}`, tier: found.tier, ...(t.unit ? { unit: t.unit } : {}), hasChange: false };
        return;
      }
      if (afterItem && ITEM_PARTS.has(found.key) && ITEM_SPLIT.test(lead)) return;
      afterItem = false;
      owner = found.key;
      const paths = pathsOf(found.key);
      const year = isDated(lead) ? otherYear(lead, doc.fiscalYear) : sentenceYear;
      if (first === undefined) sentenceYear = year;
      const path = year === undefined ? paths.amount : year === (doc.fiscalYear ?? 0) - 1 ? paths.previous : undefined;
      const fen = path ? money(t, doc.declaredUnit, path) : undefined;
      subject = { key: found.key, tier: found.tier, ...(t.unit ? { unit: t.unit } : doc.declaredUnit ? { unit: doc.declaredUnit } : {}), hasChange: false };
      first ??= subject;
      if (fen === undefined || !path) return;
      countUnit(doc, t.unit);
      add(t, path, { kind: 'money', fen }, found.tier);
      if (year !== undefined) return;
      const after = s.text.slice(t.end, tokens[i + 1]?.start ?? s.text.length);
      if (paths.change && /^[^。；;]*?(?:比|较|与)[^。；;，,]{0,14}?(?<!基本|大体|大致)(?:持平|无增减|无变化|预算数?一致)/.test(after))
        add(t, paths.change, { kind: 'money', fen: 0 }, found.tier);
      if (paths.reason) readReason(s, t.end, paths.reason, found.tier, store);
    });
    opened = first ? { block: s.block, subject: first } : undefined;
    itemOpen = afterItem && /其中\s*[:：]?\s*$/.test(s.text);
    for (const list of [lists.revenue, lists.functional]) if (list && !isTableRow) store.lists.push(list);
    if (isTableRow) for (const list of [lists.revenue, lists.functional]) if (list && !store.lists.includes(list)) store.lists.push(list);
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

/**
 * What a money figure is, read from the words right before it: one table of
 * phrasings per contract path, with the words that make a phrasing something
 * else. Each label is anchored at the end of the lead (the figure follows it,
 * with at most connectors such as 预算数/为/：), so adding a phrasing is one line.
 */

export type Tier = 'A' | 'B' | 'C';

export interface LabelMatch {
  key: string;
  /** Tier forced by the label's own words (财政拨款…, 一般公共预算…). */
  tier?: Tier;
}

/** What a label is read against besides its own words. */
export interface LabelContext {
  /** The whole sentence. */
  sentence: string;
  /** The innermost heading above the sentence. */
  heading: string;
  /** The unit's name, which may stand before a total ("X 2018 年收入预算总额"). */
  unitName?: string;
  /** The document covers only the 三公 expenses: its 合计 is theirs. */
  threePublicOnly: boolean;
}

/** Connectors between a label and its figure, in any order: 预算数为, 支出预算为, 财政拨款预算控制数为, (专项工作经费支出); a label may stand in brackets ("商品和服务支出(公用支出)"). */
const TAIL =
  '[)）]?(?:[(（][^()（）]{1,14}[)）])?(?:财政拨款|支出|预算|控制数|安排|数|总额|总数|合计|总计|金额|年初)*\\s*(?:为|是|共计|计|达|共)?\\s*[:：]?\\s*$';

interface LabelRule {
  key: string;
  label: string;
  /** Words right before the label that make it something else. */
  deny?: RegExp;
  tier?: Tier;
  /** Only the unit's name, a year or scope words may stand before the label. */
  unitPrefix?: boolean;
  /** The sentence must say this (the 公务用车 of a bare 运行费). */
  context?: RegExp;
  /** The innermost heading must say this (a 年初预算数 under 基本支出). */
  heading?: RegExp;
  /** Read against the whole lead, across clause marks ("行政运行经费，合计 40.55"). */
  wide?: boolean;
  /** Only in a document about the 三公 expenses alone. */
  threePublicOnly?: boolean;
  /** Never in a sentence that says this (the 基本支出 of one 项 is not the unit's). */
  notIn?: RegExp;
}

/** A sentence about one 款/项 of the classification: its 基本支出/项目支出 are that item's. */
const ONE_ITEM = /[(（](?:款|项)[)）]|[“"][^”"]{2,20}[”"]\s*科目|科目\s*\d/;
/** A sentence about the unit's sub-units together ("下属共有 6 个事业单位，事业运行经费…其中：基本支出…"): their split is not the unit's. */
const SUB_UNITS = /下属(?:共有)?\s*\d+\s*个/;
const NOT_THE_UNITS = new RegExp(`${ONE_ITEM.source}|${SUB_UNITS.source}`);

/** Parts of the budget that are not the whole: their 支出预算 is not the total. */
const PART =
  /(?:财政拨款|拨款|公共预算|政府性基金|基金|国有资本|资本经营|基本|项目|人员|公用|事业|经营|上级|附属|其他|三公|经费|上年|去年|结转|专户|工资福利|商品和服务|对个人和家庭(?:的)?补助|资本性|转移性|债务|机关)$/;

const RULES: LabelRule[] = [
  { key: 'fiscalAppropriation', label: '财政拨款(?:收支)?(?:总预算|预算总额|预算总数|总收支|收支预算)', tier: 'B' },
  { key: 'fiscalAppropriation', label: '财政拨款收入预算总额', tier: 'B' },
  { key: 'generalBudget', label: '一般公共预算(?:当年拨款|拨款支出|支出)', tier: 'C' },
  { key: 'threePublic.total', label: '(?:支出)?(?:合计|总计)', threePublicOnly: true },
  { key: 'total', label: '(?:部门)?收支(?:总预算|预算总额|预算总数|预算总计|预算|总额)', deny: PART },
  { key: 'total', label: '(?:部门)?(?:预算)?(?:总收入|总支出)', deny: PART, unitPrefix: true },
  { key: 'total', label: '部门(?:预算)?(?:收入|支出)(?:预算)?(?:总额|总计|合计)?', deny: PART },
  { key: 'total', label: '部门经费预算', deny: PART },
  { key: 'total', label: '(?:收入|支出)(?:总预算|预算总额|预算总计|预算|总额|总计)', deny: PART, unitPrefix: true },
  // A flattened table glues the row label to the cell before it ("…债务发行费用支出本年收入合计 16745.59"): no prefix test.
  { key: 'total', label: '(?:本年)?(?:收入|支出)(?:合计|总计)', deny: PART },
  // "(一)收入预算：2021 年年初预算数 355.68": the 年初预算数 of the whole budget.
  { key: 'total', label: '(?:收入|支出)预算\\s*[:：,，]\\s*(?:\\d{4}\\s*年度?)?年初预算数', wide: true },
  { key: 'basic', label: '基本支出\\s*[:：,，]\\s*(?:\\d{4}\\s*年度?)?年初预算数', wide: true },
  { key: 'project', label: '项目支出\\s*[:：,，]\\s*(?:\\d{4}\\s*年度?)?年初预算数', wide: true },
  { key: 'basic', label: '^(?:\\d{4}\\s*年度?)?年初预算数', heading: /基本支出$/ },
  { key: 'project', label: '^(?:\\d{4}\\s*年度?)?年初预算数', heading: /项目支出$/ },
  { key: 'basic', label: '基本支出', deny: /一般公共预算$|(?:增加|减少|增长|下降)了?$/, notIn: NOT_THE_UNITS },
  { key: 'project', label: '(?:项目|专项)支出', deny: /(?:增加|减少|增长|下降)了?(?:专项)?$/, notIn: NOT_THE_UNITS },
  { key: 'personnel', label: '(?:人员经费(?:支出)?|人员支出|人员工资)', deny: /(?:福利|补助)支出$/ },
  { key: 'publicOperating', label: '(?<!机关运行)(?:公用经费(?:支出)?|(?:日常)?公用支出)' },
  { key: 'operatingExpenses', label: '机关(?:[(（]机构[)）])?运行经费' },
  { key: 'operatingExpenses', label: '(?:机关|行政)运行经费[，,]\\s*合计', wide: true },
  { key: 'procurement', label: '政府采购(?:预算|资金)' },
  { key: 'procurement', label: '预算资金', context: /政府采购/ },
  { key: 'threePublic.total', label: '[“"]?三公[”"]?经费', deny: /政府性基金(?:预算)?$/ },
  { key: 'threePublic.abroad', label: '(?:因公)?出国[(（]境[)）](?:经)?费(?:用)?' },
  { key: 'threePublic.reception', label: '(?:国内)?公务接待(?:费(?:用)?)?' },
  { key: 'threePublic.vehiclePurchase', label: '公务用车购置费(?:用)?' },
  { key: 'threePublic.vehicleOperation', label: '公务用车运行(?:维护)?费(?:用)?' },
  { key: 'threePublic.vehicle', label: '公务用车(?:购置及运行(?:维护)?)?费(?:用)?' },
  { key: 'threePublic.vehiclePurchase', label: '购置费', context: /公务用车/ },
  { key: 'threePublic.vehicleOperation', label: '运行(?:维护)?费', context: /公务用车/ },
  { key: 'funds.governmentFund', label: '政府性基金预算(?:拨款)?(?:安排的)?支出', deny: /(?:三公|经费)$/ },
  { key: 'funds.stateCapital', label: '国有资本经营预算(?:拨款)?(?:安排的)?支出' },
];

const COMPILED = RULES.map((r) => ({ ...r, re: new RegExp(`(${r.label})${TAIL}`) }));

/** Scope words that may stand before a total without making it a part's. */
const SCOPE = /^(?:\d{4}\s*年度?|本年度?|全年|本部门|本单位|部门|单位|拟|相应|安排|拟安排|相应安排|[,，:：\s])*$/;

/** List markers and table rules around a label: "一、", "1)", "（2）", "其中：", "|". */
export function cleanLabel(text: string): string {
  return text
    .replace(/[|｜]/g, ' ')
    .replace(/^.*?(?:包括|全部为|均为|全部是)\s*[:：]?\s*/, '')
    .replace(/^\s*(?:其中\s*[:：,，]?\s*)+/, '')
    .replace(/^\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}\s*[、.．)）]|[(（][一二三四五六七八九十\d]{1,2}[)）]|[①-⑳])\s*/, '')
    .replace(/^\s*(?:其中\s*[:：,，]?\s*)+/, '')
    .trim();
}

/** The clause a figure's label lives in: after the last clause mark. */
export function leadTail(lead: string): string {
  const cut = Math.max(...['，', ',', '；', ';', '。', '、', '：', ':'].map((c) => lead.lastIndexOf(c)));
  // "其中：基本支出" — the colon ends a list opener; keep "X：" only when nothing follows.
  const tail = lead.slice(cut + 1);
  return tail.trim() === '' && cut >= 0 ? leadTail(lead.slice(0, cut)) + lead.slice(cut) : tail;
}

function tierOfWords(text: string): Tier | undefined {
  if (/财政拨款/.test(text)) return 'B';
  if (/一般公共预算(?!拨款收入|财政拨款收入)/.test(text)) return 'C';
  return undefined;
}

function prefixIsScope(before: string, unitName: string | undefined): boolean {
  const rest = unitName ? before.split(unitName).join('') : before;
  return SCOPE.test(rest.replace(/[(（]本级[)）]/g, ''));
}

export function matchLabel(lead: string, ctx: LabelContext): LabelMatch | undefined {
  const tail = cleanLabel(leadTail(lead));
  for (const rule of COMPILED) {
    if (rule.threePublicOnly && !ctx.threePublicOnly) continue;
    if (rule.context && !rule.context.test(ctx.sentence)) continue;
    if (rule.heading && !rule.heading.test(ctx.heading)) continue;
    if (rule.notIn && rule.notIn.test(ctx.sentence)) continue;
    const text = rule.wide ? lead : tail;
    const m = rule.re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index).trim();
    if (rule.deny && rule.deny.test(before)) continue;
    if (rule.unitPrefix && !prefixIsScope(before, ctx.unitName)) continue;
    const tier = rule.tier ?? tierOfWords(before);
    return { key: rule.key, ...(tier ? { tier } : {}) };
  }
  return undefined;
}

/** How the name of an income source ends: 拨款, 收入, 结转, 资金, 弥补收支差额… */
const REVENUE_NAME = /^([\u4e00-\u9fa5（）()]{2,30}?(?:收入|拨款|结转(?:和结余)?|结余|资金|补助|弥补收支差额|收费))$/;
/** Names that are totals or spending, never one source. */
const NOT_REVENUE = /支出|^(?:部门|年初)?预算收入|收入预算|总收入|收入总额|收入合计|收入总计|合计|总计|^(?:收入|本年收入|当年收入)$|^\d/;

/** An income source named right before the figure, as the document writes it. */
export function revenueName(lead: string): string | undefined {
  const tail = cleanLabel(leadTail(lead))
    // "事业收入(不含专户资金": a bracket left open is a comment on the name.
    .replace(/[(（][^)）]*$/, '')
    .replace(/^\d{4}\s*年度?/, '')
    .replace(/\s*(?:为|是|共计|计)?\s*[:：]?\s*$/, '')
    .replace(/\s+/g, '');
  const m = REVENUE_NAME.exec(tail);
  if (!m || NOT_REVENUE.test(m[1]!)) return undefined;
  return m[1]!;
}

/**
 * What a money figure is, read from the words right before it. Each label is
 * anchored at the end of the lead (the figure follows it directly, with at most
 * a connector such as 为/预算数/：), and some refuse certain words in front of
 * them (the 基本支出 of 一般公共预算 is not the unit's 基本支出).
 */

export type Tier = 'A' | 'B' | 'C';

export interface LabelMatch {
  key: string;
  /** Tier forced by the label's own words (财政拨款…, 一般公共预算…). */
  tier?: Tier;
}

/** Connector between a label and its figure. */
const TAIL = '(?:财政拨款)?(?:预算(?:数|总额|金额|安排)?|总额|总数|合计|总计|支出)?\\s*(?:为|是|共计|合计|计|达|安排|共)?\\s*[:：]?\\s*$';

interface LabelRule {
  key: string;
  label: string;
  /** Words right before the label that make it something else. */
  deny?: RegExp;
  tier?: Tier;
}

const BEFORE_PLAIN = /(?:财政拨款|拨款|公共预算|政府性基金|基金|国有资本|资本经营|基本|项目|人员|公用|事业|经营|上级|附属|其他|三公|经费|上年|去年|结转|专户)$/;

export const REVENUE_NAMES: { re: string; name: string }[] = [
  { re: '一般公共预算(?:财政)?拨款(?:收入)?', name: '一般公共预算拨款收入' },
  { re: '政府性基金预算(?:财政)?拨款(?:收入)?', name: '政府性基金预算拨款收入' },
  { re: '国有资本经营预算(?:财政)?拨款(?:收入)?', name: '国有资本经营预算拨款收入' },
  { re: '财政专户管理资金(?:收入)?', name: '财政专户管理资金收入' },
  { re: '(?<!经营)事业收入', name: '事业收入' },
  { re: '事业单位经营收入|(?<!事业)经营收入', name: '事业单位经营收入' },
  { re: '上级补助收入', name: '上级补助收入' },
  { re: '附属单位上缴收入', name: '附属单位上缴收入' },
  { re: '用事业基金弥补收支差额', name: '用事业基金弥补收支差额' },
  { re: '(?<!单位)其他收入', name: '其他收入' },
];

const RULES: LabelRule[] = [
  { key: 'fiscalAppropriation', label: '财政拨款(?:收支)?(?:总预算|预算总额|预算总数|总收支|收支预算)', tier: 'B' },
  { key: 'generalBudget', label: '一般公共预算(?:当年拨款|拨款支出|支出)', tier: 'C' },
  { key: 'total', label: '(?:部门)?收支(?:总预算|预算总额|预算总数|预算总计|预算|总额)', deny: BEFORE_PLAIN },
  { key: 'total', label: '(?:收入总预算|收入预算|总收入)', deny: BEFORE_PLAIN },
  { key: 'total', label: '(?:支出总预算|支出预算|总支出)', deny: BEFORE_PLAIN },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
  { key: 'personnel', label: '人员经费' },
  { key: 'publicOperating', label: '(?<!机关运行)公用经费' },
  { key: 'operatingExpenses', label: '机关(?:[(（]机构[)）])?运行经费' },
  { key: 'procurement', label: '政府采购(?:预算|资金)' },
  { key: 'threePublic.total', label: '[“"]?三公[”"]?经费', deny: /政府性基金(?:预算)?$/ },
  { key: 'threePublic.abroad', label: '因公出国[(（]境[)）](?:经)?费(?:用)?' },
  { key: 'threePublic.reception', label: '(?:国内)?公务接待费(?:用)?' },
  { key: 'threePublic.vehiclePurchase', label: '公务用车购置费(?:用)?' },
  { key: 'threePublic.vehicleOperation', label: '公务用车运行(?:维护)?费(?:用)?' },
  { key: 'threePublic.vehicle', label: '公务用车购置及运行(?:维护)?费(?:用)?' },
  { key: 'funds.governmentFund', label: '政府性基金预算(?:拨款)?(?:安排的)?支出', deny: /(?:三公|经费)$/ },
  { key: 'funds.stateCapital', label: '国有资本经营预算(?:拨款)?(?:安排的)?支出' },
];

const COMPILED = RULES.map((r) => ({ ...r, re: new RegExp(`(${r.label})${TAIL}`) }));

/** Revenue sources: the name right before the figure; a carry-over of any fund is 上年结转. */
const REVENUE_RE = new RegExp(`(上年结转(?:结余)?(?:资金|收入)?)?\\s*(?:本年)?(?:${REVENUE_NAMES.map((r) => `(${r.re})`).join('|')})?\\s*(?:收入)?${TAIL}`);

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

export function matchLabel(lead: string): LabelMatch | undefined {
  const tail = leadTail(lead).replace(/^\s*其中\s*/, '');
  for (const rule of COMPILED) {
    const m = rule.re.exec(tail);
    if (!m) continue;
    const before = tail.slice(0, m.index);
    if (rule.deny && rule.deny.test(before.trim())) continue;
    const tier = rule.tier ?? tierOfWords(before);
    return { key: rule.key, ...(tier ? { tier } : {}) };
  }
  return undefined;
}

/** A revenue source named right before the figure, with its canonical name. */
export function matchRevenue(lead: string): string | undefined {
  const tail = leadTail(lead).replace(/^\s*其中\s*/, '');
  const m = REVENUE_RE.exec(tail);
  if (!m) return undefined;
  if (m[1]) return '上年结转';
  const index = m.slice(2, 2 + REVENUE_NAMES.length).findIndex((g) => g !== undefined);
  return index >= 0 ? REVENUE_NAMES[index]!.name : undefined;
}

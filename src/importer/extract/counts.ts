/**
 * Counts and plain statements: staffing (编制, 在职, 退休, 离休), vehicles, large
 * equipment, subordinate units, 三公 compared with last year, and funds the unit
 * does not use. Each is one anchored pattern; figures in the key work are not
 * staff counts, so that part is skipped.
 */
import { provenanceOf, type Sentence } from '../context';
import type { FigureStore } from '../figureStore';

const N = '(约\\s*)?(\\d+)';
const PEOPLE = '\\s*(?:人|名)';

interface CountRule {
  path: string;
  re: RegExp;
}

/** Words before 编制 that make it one kind of post, not the total. */
const KIND_BEFORE = '(?<!行政|事业|工勤|参公|管理|理的|在职|公务员|机关|控制|临时)';
/** A table cell: "编制数 | 34 | 34". */
const CELL = '\\s*\\|\\s*(\\d+)\\s*\\|';
/** Counters of posts and people. */
const POSTS = '\\s*(?:人|名|个)';

const RULES: CountRule[] = [
  {
    path: 'staffing.authorized.total',
    re: new RegExp(`${KIND_BEFORE}(?:总编制|核定编制|编制总数|人员编制|编制人数|编制数|现有编制|编制)(?:数)?\\s*(?:为|共|共计|合计)?\\s*${N}${POSTS}`),
  },
  // "核定区妇联机关事业编制 11 名", "共有行政编制 9 个": the only kind stated is the whole.
  { path: 'staffing.authorized.total', re: new RegExp(`(?:核定|共有)[^，,。；;\\d]{0,10}?编制(?:数)?\\s*${N}${POSTS}(?![^。]*编制\\s*\\d)`) },
  // "行政编制 15 名，其中：…": a kind followed by its breakdown is the whole.
  { path: 'staffing.authorized.total', re: new RegExp(`(?:行政|事业|参公)编制\\s*${N}${POSTS}\\s*[,，]?\\s*其中`) },
  { path: 'staffing.authorized.total', re: new RegExp(`^编制数${CELL}`) },
  { path: 'staffing.authorized.administrative', re: new RegExp(`(?<!事业)行政编制\\s*(?:为)?\\s*${N}${PEOPLE}`) },
  {
    path: 'staffing.authorized.civilServantManaged',
    re: new RegExp(`(?:参公(?:事业)?|参照公务员(?:法)?管理(?:的)?(?:事业)?)编制\\s*(?:为)?\\s*${N}${PEOPLE}`),
  },
  { path: 'staffing.authorized.institution', re: new RegExp(`(?<!参公|管理|管理的|机关)事业编制\\s*(?:为)?\\s*${N}${PEOPLE}`) },
  { path: 'staffing.authorized.worker', re: new RegExp(`工勤(?:人员)?编制\\s*(?:为)?\\s*${N}${PEOPLE}`) },
  {
    path: 'staffing.inService.total',
    re: new RegExp(
      `(?:在职人员(?:总数|总计|合计)?|在职在编人员|实有在职(?:在编)?(?:人员|人数)|在职职工|在职编制|在职人数|实有在岗职工|在岗职工|(?<![离退])在职|(?:实有|现有)(?:人员|人数)(?![^。]{0,12}其中))\\s*(?:为|共|共计|合计)?\\s*${N}(?:\\s*(?:人|名))?(?![\\d.])`,
    ),
  },
  { path: 'staffing.inService.total', re: new RegExp(`^在职人数${CELL}`) },
  { path: 'staffing.inService.administrative', re: new RegExp(`(?<!参公|事业)行政人员\\s*${N}${PEOPLE}`) },
  { path: 'staffing.inService.civilServantManaged', re: new RegExp(`(?:参公(?:事业)?|参照公务员(?:法)?管理(?:的)?(?:事业)?)人员\\s*${N}${PEOPLE}`) },
  { path: 'staffing.inService.institution', re: new RegExp(`(?<!参公|管理|管理的)事业人员\\s*${N}${PEOPLE}`) },
  { path: 'staffing.inService.worker', re: new RegExp(`工勤人员\\s*${N}${PEOPLE}`) },
  { path: 'staffing.retired', re: new RegExp(`(?<!离)退休(?:人员|职工|干部|人数)?\\s*(?:共)?\\s*${N}${PEOPLE}`) },
  // "离退休 0 人": none of either kind.
  { path: 'staffing.retired', re: /离退休(?:人员|人数)?\s*(?:为)?\s*()(0)\s*(?:人|名)/ },
  { path: 'staffing.retired', re: new RegExp(`^退休人数${CELL}`) },
  { path: 'staffing.offDutyRetired', re: new RegExp(`(?<!退)离休(?:人员|干部|人数)?\\s*(?:共)?\\s*${N}${PEOPLE}`) },
  { path: 'staffing.offDutyRetired', re: new RegExp(`^离休人数${CELL}`) },
  { path: 'department.subordinateUnits', re: new RegExp(`下属(?:二级)?(?:预算)?单位\\s*(?:共)?\\s*${N}\\s*个`) },
  { path: 'assets.vehicles', re: new RegExp(`(?:共有|现有|拥有|保有)?车辆(?:总数)?\\s*(?:共)?\\s*${N}\\s*辆`) },
  {
    path: 'assets.officialVehicles',
    re: new RegExp(`(?:现有|共有|保有)公务用车(?:保有量)?\\s*(?:共)?\\s*${N}\\s*辆|公务用车保有量(?:为)?\\s*(?:[(（]辆[)）])?\\s*${N}(?:\\s*辆)?(?![\\d.])`),
  },
  { path: 'assets.largeEquipment', re: new RegExp(`(?:大型设备|万元以上(?:的)?(?:大型|专用|通用)?设备)\\s*(?:共)?\\s*${N}\\s*台`) },
];

/** "现有人数 10 人，其中：在职 5 人；离退休 0 人": when the parts do not make the whole, 在职 is not trusted. */
function headcountDisagrees(text: string): boolean {
  const whole = /(?:现有|实有)(?:人员|人数)\s*(\d+)\s*(?:人|名)/.exec(text);
  const active = /在职(?:编制|人员|人数)?\s*(\d+)\s*(?:人|名)/.exec(text);
  const retired = /离退休(?:人员|人数)?\s*(\d+)\s*(?:人|名)/.exec(text);
  return !!(whole && active && retired && Number(whole[1]) !== Number(active[1]) + Number(retired[1]));
}

const KIND = /([\u4e00-\u9fa5]{1,10}?(?:车|用车))\s*(\d+)\s*辆/g;

function addCounts(s: Sentence, store: FigureStore): void {
  const prov = provenanceOf(s);
  // Table rows ("编制数 | 34 | 34 | |") are read cell by cell; markers of numbered rows are not part of the label.
  const text = s.text.replace(/^\s*(?:\d{1,2}\s*[.、．]|[(（]\d{1,2}[)）])\s*/, '');
  const disagrees = headcountDisagrees(text);
  for (const rule of RULES) {
    if (disagrees && rule.path === 'staffing.inService.total') continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    const approx = m.slice(1).some((g, i) => i % 2 === 0 && g !== undefined && /约/.test(g));
    const digits = m.slice(1).find((g) => g !== undefined && /^\d+$/.test(g));
    if (digits === undefined) continue;
    if (approx) store.skip(rule.path, 'approximate', prov);
    else store.add(rule.path, { kind: 'number', value: Number(digits) }, 'A', prov);
  }
  if (/其中/.test(s.text) && /辆/.test(s.text)) {
    const list = s.text.slice(s.text.indexOf('其中'));
    for (const k of list.matchAll(KIND)) {
      const name = k[1]!.replace(/^(?:其中|[，,:：、])+/, '');
      // "预计购置执法执勤用车 2 辆" counts a purchase, not a kind of vehicle held.
      if (name && !/^(?:公务用车|车辆|共有车辆|现有公务用车)$/.test(name) && !/购置|购买|更新/.test(name))
        store.add(`assets.vehiclesByKind.${name}`, { kind: 'number', value: Number(k[2]) }, 'A', prov);
    }
  }
}

const FLAT_SUBJECTS: [string, string][] = [
  ['(?:[“"]?三公[”"]?经费)', 'total'],
  ['因公出国[(（]境[)）](?:经)?费(?:用)?', 'abroad'],
  ['公务接待费(?:用)?', 'reception'],
  ['公务用车购置及运行(?:维护)?费(?:用)?', 'vehicle'],
  ['公务用车购置费(?:用)?', 'vehiclePurchase'],
  ['公务用车运行(?:维护)?费(?:用)?', 'vehicleOperation'],
];
const DIRECTION = '(持平|无变化|增加|增长|上升|减少|下降|降低)';
const DIRECTIONS = FLAT_SUBJECTS.map(([subject, key]) => ({
  key,
  re: new RegExp(`${subject}[^。；;]{0,30}?(?:较|比|与)\\s*(?:上年|去年|上一?年度?|\\d{4}\\s*年度?)[^。；;，,]{0,10}?${DIRECTION}`),
}));

/** "与 2021 年相比，因公出国（境）费持平，公务接待费减少 1.4 万元": the comparison comes first. */
const COMPARED_FIRST = /^(?:与|和|同|较|比)\s*(?:上年|去年|上一?年度?|\d{4}\s*年度?)(?:预算)?\s*(?:相比|比较)?\s*[，,：:]/;
const AFTER_SUBJECT = FLAT_SUBJECTS.map(([subject, key]) => ({ key, re: new RegExp(`${subject}(?:预算)?\\s*${DIRECTION}`) }));

function directionOf(word: string): string {
  return /持平|无变化/.test(word) ? 'flat' : /减|下降|降低/.test(word) ? 'down' : 'up';
}

function addThreePublicDirections(s: Sentence, store: FigureStore): void {
  if (!/较|比|与/.test(s.text)) return;
  const comparedFirst = COMPARED_FIRST.test(s.text);
  for (const [i, { key, re }] of DIRECTIONS.entries()) {
    const m = re.exec(s.text) ?? (comparedFirst ? AFTER_SUBJECT[i]!.re.exec(s.text) : null);
    if (m) store.add(`stated.threePublicVsPrevious.${key}`, { kind: 'text', value: directionOf(m[1]!) }, 'A', provenanceOf(s));
  }
}

const NO_FUND: [RegExp, string][] = [
  [/(?:没有|无|未)(?:使用)?政府性基金预算(?:拨款)?(?:安排的)?(?:收入|支出)|政府性基金预算(?:拨款)?(?:收支|支出)?(?:为)?(?:空表|无)/, 'funds.governmentFund'],
  [/(?:没有|无|未)(?:使用)?国有资本经营预算(?:拨款)?(?:安排的)?(?:收入|支出)|国有资本经营预算(?:拨款)?(?:收支|支出)?(?:为)?(?:空表|无)/, 'funds.stateCapital'],
];

export function extractCounts(sentences: readonly Sentence[], store: FigureStore): void {
  for (const s of sentences) {
    if (s.inKeyWork) continue;
    if (/\d/.test(s.text)) addCounts(s, store);
    addThreePublicDirections(s, store);
    for (const [re, path] of NO_FUND) if (re.test(s.text)) store.add(`${path}#none`, { kind: 'text', value: 'none' }, 'A', provenanceOf(s));
  }
}

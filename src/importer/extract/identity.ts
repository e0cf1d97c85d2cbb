/**
 * The unit's name and the budget year, wherever the text gives them: a title in
 * either order ("X 2021 年部门预算…", "2018 年度 X 预算公开"), a 单位名称 cell, a
 * sentence whose subject is the unit ("X 2023 年无使用…", "X 本年度预算总收入"),
 * a 第一部分 X 概况 heading, the signature above the date, or a sentence that
 * opens with the unit ("X 是事业单位"). Rules are data, tried in order; a name
 * must end like an organisation and never be a heading word or hold a figure.
 */

const CJK = '[\\u4e00-\\u9fa5（）()]';
/** How the name of an organisation ends. */
export const ORG_END =
  '(?:人民政府|政府办|办公室|管委会|委员会|联合会|中心|小学校|学校|小学|中学|卫生院|医院|学院|单位|[局院所站委办厅队馆社园校会部联])(?:[(（]本级[)）])?';
/** A name starts where the Chinese run starts: never inside a longer run. */
const START = '(?<![\\u4e00-\\u9fa5（）()])';
/** Words that make a candidate a heading or a figure's label, never a name. */
export const NOT_NAME =
  /^[本该我各](?:单位|部门|局|院|所|站|中心)?$|^[本该我各]单位|预算|决算|说明|部分|情况|收入|支出|经费|合计|总计|目录|附件|单位名称|^第|^[一二三四五六七八九十]+、|^\d|概况|职能|职责|用于|^主要/;

/** Year: four digits read as a year, 年 sometimes lost ("2017-度") or omitted ("2022游仙区"). */
const YEAR = '((?:19|20)\\d{2})(?![\\d.])\\s*(?:年度?|-(?=度|预算|执行)度?|(?=[\\u4e00-\\u9fa5]))';

interface NameRule {
  /** Group 1 is the name. */
  re: RegExp;
  /** Only the first lines of the text. */
  head?: boolean;
  /** The signature above the closing date instead of a pattern. */
  signature?: boolean;
}

const NAME = `${START}(${CJK}{2,40}?${ORG_END})`;

const NAME_RULES: NameRule[] = [
  { re: new RegExp(`单位名称\\s*[:：]\\s*(${CJK}{2,40}?${ORG_END})(?=单位\\s*[:：]|[^\\u4e00-\\u9fa5（(]|$)`) },
  { re: new RegExp(`^\\s*第[一二三四五六七八九十]+部分\\s*(${CJK}{2,40}?${ORG_END})\\s*(?:概况|部门预算|基本情况)`) },
  // "2018 年度吴川市经济信息化和科技局预算公开": year first, the name ends like an organisation.
  { re: new RegExp(`\\d{4}\\s*年度?\\s*(${CJK}{2,40}?${ORG_END})\\s*(?:部门|单位)?(?:预算|“三公”|"三公")`), head: true },
  // "X 2021 年部门预算…" / "X财政拨款“三公”经费 2022 年预算…" as a title line.
  { re: new RegExp(`${NAME}\\s*(?:财政拨款)?\\s*(?:[“"]三公[”"]经费)?\\s*${YEAR}`), head: true },
  // A sentence whose subject is the unit, followed by the year and a budget word.
  { re: new RegExp(`${NAME}\\s*${YEAR}\\s*(?:[^。]{0,16}?)(?:预算|无使用|[“"]三公[”"])`) },
  { re: new RegExp(`${NAME}\\s*(?:本年度|部门预算是)`) },
  { re: /(?:)/, signature: true },
  { re: new RegExp(`${NAME}\\s*(?:是|为|属|始建于|现设|内设|主要服务|主要负责|共有|编制总数|总编制)`) },
];

/** The signature: a line that is only a name, right above a date line. */
function signature(lines: readonly string[]): string | undefined {
  const nameOnly = new RegExp(`^${NAME}(?:\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?$`);
  for (let i = lines.length - 1; i >= 0; i--) {
    const dated =
      /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(lines[i]!) || /^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/.test(lines[i + 1]?.trim() ?? '');
    if (!dated) continue;
    const m = nameOnly.exec(lines[i]!.trim());
    if (m && !NOT_NAME.test(m[1]!)) return m[1];
  }
  return undefined;
}

function clean(name: string): string {
  return name
    .replace(/^(?:关于|附件\d*[:：]?|来源[:：])/, '')
    .replace(/[“”"《》\s]/g, '')
    .trim();
}

const HEAD_LINES = 12;

export function findDepartment(lines: readonly string[]): string | undefined {
  const plain = lines.map((l) => l.replace(/^#{1,6}\s*/, ''));
  for (const rule of NAME_RULES) {
    if (rule.signature) {
      const signed = signature(plain);
      if (signed) return signed;
      continue;
    }
    const scope = rule.head ? plain.slice(0, HEAD_LINES) : plain;
    for (const line of scope) {
      const m = rule.re.exec(line);
      const found = m?.slice(1).find((g) => g !== undefined);
      const name = found ? clean(found) : undefined;
      if (name && name.length >= 2 && !NOT_NAME.test(name)) return name;
    }
  }
  return undefined;
}

/** Years written where the budget is named: "2021 年部门预算", "2021年年初预算数", "2020年收入预算". */
const YEAR_RULES: RegExp[] = [new RegExp(`${YEAR}[^。，,；;]{0,30}?(?:预算|决算)`, 'g'), new RegExp(`${YEAR}[^。]{0,60}?(?:预算|决算)`, 'g')];
/** A year after 比/较/与 is the year compared with, never the budget year. */
const COMPARED = /(?:比|较|与|同|相比|上年|截至|截止|始建于|于)\s*$/;

/** A title's year ("2019 年中山市…预算公开") is the budget year, however often the body names the year before. */
const TITLE_YEAR = new RegExp(`^\\D{0,40}?${YEAR}[^。，,；;]{0,40}?预算[^。，,；;]{0,12}(?:说明|公开|报告|信息|情况)?$`);

export function findYear(lines: readonly string[]): number | undefined {
  for (const line of lines.slice(0, 4)) {
    const m = TITLE_YEAR.exec(line.replace(/^#{1,6}\s*/, '').trim());
    if (m && !COMPARED.test(line.slice(0, m.index + line.indexOf(m[1]!)))) return Number(m[1]);
  }
  for (const re of YEAR_RULES) {
    const counts = new Map<number, number>();
    let first: number | undefined;
    for (const line of lines) {
      if (!/\d{4}/.test(line)) continue;
      for (const m of line.matchAll(re)) {
        if (COMPARED.test(line.slice(Math.max(0, m.index - 4), m.index))) continue;
        if (/^[\d.]/.test(line.slice(m.index - 1, m.index)) && m.index > 0) continue;
        const y = Number(m[1]);
        first ??= y;
        counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
    if (first !== undefined) {
      // The budget year is the one named most; on a tie the first named.
      const best = Math.max(...counts.values());
      return counts.get(first) === best ? first : [...counts.entries()].find(([, n]) => n === best)![0];
    }
  }
  return undefined;
}

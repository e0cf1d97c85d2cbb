/**
 * 类 names of the national functional classification (支出功能分类科目), with
 * their codes, plus older names still seen in explanations of earlier years.
 * Only names in this list are read as 类 amounts, so "基本支出 109.25 万元" is
 * never taken for a category.
 */
const CURRENT: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
];

/** Names used before the 2018/2019 reforms; kept as written, without a code. */
const OLDER = [
  '文化体育与传媒支出',
  '医疗卫生与计划生育支出',
  '医疗卫生支出',
  '资源勘探信息等支出',
  '国土海洋气象等支出',
  '城乡社区事务支出',
  '粮油物资储备管理支出',
  '环境保护支出',
];

const CODES = new Map(CURRENT.map(([code, name]) => [name, code]));

export const CATEGORY_NAMES: readonly string[] = [...CURRENT.map(([, name]) => name), ...OLDER];

/** Alternation, longest first so 医疗卫生与计划生育支出 wins over 医疗卫生支出. 其他支出 is left out: it is also an economic class. */
export const CATEGORY_ALTERNATION = [...CATEGORY_NAMES]
  .filter((n) => n !== '其他支出')
  .sort((a, b) => b.length - a.length)
  .join('|');

export function categoryCode(name: string): string | undefined {
  return CODES.get(name);
}

/** A 类 name as written in a 类/款/项 line ("社会保障和就业(类)") to its table name. */
export function canonicalCategory(name: string): string {
  const trimmed = name.replace(/\s+/g, '');
  if (CATEGORY_NAMES.includes(trimmed)) return trimmed;
  const withSuffix = `${trimmed}支出`;
  if (CATEGORY_NAMES.includes(withSuffix)) return withSuffix;
  return trimmed.endsWith('支出') || trimmed === '预备费' ? trimmed : withSuffix;
}

/** Order of 类 in the national tables: by code, names without a code after, in first-seen order. */
export function categoryOrder(name: string): number {
  const code = CODES.get(name);
  return code ? Number(code) : 1000;
}

/** Economic classes and spending parts: never a 类, even when they end in 支出. */
const NOT_CATEGORY = /工资福利|商品和服务|对个人和家庭|资本性|转移支付|基本支出|项目支出|专项支出|人员|公用|经费|预算|合计|总计|^支出$/;

/**
 * A 类 named in a list, as the document writes it ("一般公共服务", "卫生健康支出",
 * "医疗卫生"): known when the classification (today's or an older one) has it; an
 * unknown name ending in 支出 ("普通教育支出") is kept as unknown, for the list's sum to judge.
 */
export function categoryName(text: string): { name: string; known: boolean } | undefined {
  const name = text
    .replace(/\s+/g, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/(?:[(（]类[)）]|类科目|类)?(?:预算)?(?:数)?(?:为|是)?[:：]?$/, '');
  if (!/^[\u4e00-\u9fa5]{2,20}$/.test(name) || NOT_CATEGORY.test(name)) return undefined;
  if (CATEGORY_NAMES.includes(name) || CATEGORY_NAMES.includes(`${name}支出`)) return { name, known: true };
  return name.endsWith('支出') ? { name, known: false } : undefined;
}

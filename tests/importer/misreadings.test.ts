// @vitest-environment node
/**
 * What real units publish, in our own words and figures: each case is a shape
 * that used to be refused or misread (issue 10). A wrong figure is worse than a
 * missing one, so the misreadings assert what must NOT be produced as well.
 */
import { describe, expect, it } from 'vitest';
import { importExplanation, type ImportResult } from '@/importer';

/** The budget file as read (complete or draft), loosely typed: a draft lacks required fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are partial budgets; the assertions check their shape
type Loose = Record<string, any>;
const valueOf = (r: ImportResult): Loose => (r.budget ?? r.draft?.value ?? {}) as Loose;
const revenueOf = (r: ImportResult): Record<string, number | undefined> =>
  Object.fromEntries(((valueOf(r).revenue ?? []) as { name: string; amount?: number }[]).map((x) => [x.name, x.amount]));
const functionalOf = (r: ImportResult): Record<string, number | undefined> =>
  Object.fromEntries(((valueOf(r).functional ?? []) as { name: string; amount?: number }[]).map((x) => [x.name, x.amount]));

describe('texts that state figures are never refused', () => {
  it('gives a draft asking for name, year and total when the text has figures but none of them', () => {
    const r = importExplanation('一、人员情况\n编制数 6 名。\n二、经费情况\n基本支出 31.5 万元，项目支出 4 万元。');
    expect(r.report.ok).toBe(true);
    expect(r.budget).toBeUndefined();
    expect(r.draft?.toFill).toEqual(['department.name', 'fiscalYear', 'total']);
    expect(r.draft?.value).toMatchObject({ unit: '万元', spending: { basic: 31.5, project: 4 } });
  });

  it('reads a title with the year first and chrome glued above it', () => {
    const r = importExplanation(
      'source: http://example.invalid/a.html\n2019年度青石县粮食储备站预算公开\n一、收支情况\n2019年收入预算 120.5 万元，其中：财政拨款 120.5 万元。',
    );
    expect(valueOf(r)).toMatchObject({ fiscalYear: 2019, department: { name: '青石县粮食储备站' }, total: 120.5 });
  });

  it('finds the unit in the body when there is no title, never a heading', () => {
    const r = importExplanation(
      '第一部分 单位概况\n第二部分 2022年单位预算安排情况说明\n一、收支预算\n本单位2022年收入预算 88 万元。白河乡农业服务中心2022年无使用政府性基金预算拨款安排的支出。',
    );
    expect(valueOf(r).department.name).toBe('白河乡农业服务中心');
    expect(valueOf(r).fiscalYear).toBe(2022);
  });

  it('takes the signature above the closing date as the unit', () => {
    const r = importExplanation('一、2017年部门收入预算情况\n2017年部门经费预算 530000元，基本支出 430000元，项目支出 100000元。\n东坡区档案局\n2017年3月1日');
    expect(valueOf(r)).toMatchObject({ department: { name: '东坡区档案局' }, fiscalYear: 2017, total: 530000, unit: '元' });
  });

  it('never takes a body sentence before the title as the title (wrong year)', () => {
    const r = importExplanation('根据2019年部门预算编制要求，现将有关情况说明如下。\n北溪镇文化站2020年部门预算说明\n2020年收支总预算 60 万元。');
    expect(valueOf(r)).toMatchObject({ department: { name: '北溪镇文化站' }, fiscalYear: 2020 });
  });

  it('never takes 第二部分 or 收入预算说明 as the unit', () => {
    const r = importExplanation('第二部分 2021年单位预算\n收入预算说明\n2021年收入预算 10 万元。');
    expect(valueOf(r).department?.name).toBeUndefined();
    expect(r.draft?.toFill).toEqual(['department.name']);
  });
});

describe('final accounts are refused whatever their title', () => {
  it.each([
    ['2020年度东山县审计局部门决算\n(一)收入决算情况。\n2020年度,本单位收入为100万元,其中:财政拨款收入100万元。'],
    ['東山幼兒園2017年度部門決算公開\n2017年度,本單位收入為50萬元,其中:財政撥款收入50萬元。'],
  ])('%s', (text) => {
    const r = importExplanation(text);
    expect(r.report.error?.code).toBe('final_accounts');
    expect(r.budget ?? r.draft).toBeUndefined();
  });

  it('does not take a site section named 预决算公开 for final accounts', () => {
    const r = importExplanation('预决算公开\n北溪镇文化站2020年部门预算说明\n2020年收支总预算 60 万元。');
    expect(valueOf(r).total).toBe(60);
  });
});

describe('total phrasings', () => {
  it.each([
    ['(一)收入预算:2018年年初预算数 95.2万元,其中:一般公共预算拨款 95.2万元。', 95.2],
    ['2018年部门预算总收入为 300.1万元。', 300.1],
    ['西坪镇学校2018年收入预算总额为 42万元,其中:当年财政拨款收入 42万元。', 42],
    ['2018年部门经费预算 880000元,基本支出 880000元。', 880000],
    ['本年度预算总收入为 77.7 万元。', 77.7],
    ['部门收入预算总计 15.5 万元。', 15.5],
  ])('%s', (sentence, total) => {
    expect(valueOf(importExplanation(`西坪镇学校2018年部门预算说明\n${sentence}`)).total).toBe(total);
  });

  it('does not read an economic class line (工资福利支出预算) as the total', () => {
    const r = importExplanation('南岗镇林业站2021年部门预算说明\n工资福利支出预算 40 万元，商品和服务支出预算 6 万元。\n2021年收支总预算 50 万元。');
    expect(valueOf(r).total).toBe(50);
    expect(r.report.conflicts).toEqual([]);
  });

  it('does not read a sub-unit total as the unit total', () => {
    const r = importExplanation('东湖区水务局2018年部门预算说明\n预算总收入 900元，其中：经费拨款 900元。\n1、水务站预算总收入 400元，其中：经费拨款 400元。');
    expect(valueOf(r).total).toBe(900);
    expect(revenueOf(r)).toEqual({ 经费拨款: 900 });
  });
});

describe('income sources and classes as the document names them', () => {
  it('keeps each source name and takes the list that adds up to the total', () => {
    const r = importExplanation(
      '红叶镇卫生院2021年部门预算说明\n2021年收支总预算 8.5万元。\n(一)收入预算\n收入预算 8.5万元，其中：当年财政拨款收入 8.5万元，上年结转收入 0万元。\n(二)财政拨款\n收入包括：本年一般公共预算拨款收入 8万元。',
    );
    expect(revenueOf(r)).toEqual({ 当年财政拨款收入: 8.5, 上年结转收入: 0 });
  });

  it('does not read a procurement funding list as revenue', () => {
    const r = importExplanation(
      '石门县气象站2021年部门预算说明\n2021年收支总预算 200 万元，其中：一般公共预算拨款收入 200 万元。\n政府采购预算 50 万元，其中：一般公共预算拨款 40 万元，其他资金 10 万元。',
    );
    expect(revenueOf(r)).toEqual({ 一般公共预算拨款收入: 200 });
    expect(valueOf(r).procurement).toBe(50);
  });

  it('does not read the funding types of procurement, in a sentence of their own, as revenue', () => {
    const r = importExplanation(
      '石门县气象站2023年部门预算说明\n(二)政府采购预算安排情况说明。\n2023年政府采购预算 9000 元。\n按政府采购资金类型划分,一般公共预算拨款 9000 元,财政专户管理的资金安排 0 元。',
    );
    expect(revenueOf(r)).toEqual({});
    expect(valueOf(r).procurement).toBe(9000);
  });

  it('keeps 类 names without 支出 and old names as written', () => {
    const r = importExplanation('市园林局部门预算说明\n部门支出预算 30万元，其中：教育 10万元，医疗卫生 15万元，环境保护 5万元。');
    expect(functionalOf(r)).toEqual({ 教育: 10, 医疗卫生: 15, 环境保护: 5 });
  });

  it('does not read a 项 whose name ends in a 类 name (初中教育支出) as that 类', () => {
    const r = importExplanation(
      '西城中学2021年部门预算说明\n2021年收支总预算 100 万元。支出预算 100 万元，其中：教育支出 100 万元，其中：初中教育支出 60 万元。',
    );
    expect(functionalOf(r)).toEqual({ 教育支出: 100 });
  });
});

describe("the unit's own 基本支出/项目支出 split, never a part's", () => {
  it.each([
    [
      "does not read one 项's 其中：基本支出 as the unit's basic spending",
      '西城中学2021年部门预算说明\n2021年收支总预算 100 万元。基本支出 70 万元，项目支出 30 万元。\n1.“行政运行”科目 50 万元，其中：基本支出 45 万元，项目支出 5 万元。',
      { basic: 70, project: 30 },
    ],
    [
      "uses the 一般公共预算 part's basic spending when the whole states none",
      '柳林镇团委2023年部门预算情况说明\n三、一般公共预算情况\n2023年一般公共预算财政拨款支出 60万元。其中：基本支出 45万元，项目支出 15万元。',
      { basic: 45, project: 15 },
    ],
    [
      "keeps a 项's or 类's own 基本支出/项目支出 split, even on the next line, out of the unit's",
      '2022 年一般公共预算拨款支出 900 元,其中:基本支出 800 元,项目支出 100 元。\n机构运行 600 元,其中:基本支出 600 元,项目支出 0元。\n科学技术支出 100 元,其中:基本支出 0元,项目支出 100 元。\n住房公积金 200 元,其中:\n基本支出 200 元,项目支出 0元。',
      { basic: 800, project: 100 },
    ],
    [
      "does not read the sub-units' own basic/project split as the unit's",
      '另外,本局下属共有 3 个事业单位,事业运行经费总预算安排 900 元,其中:基本支出预算 100 元,项目支出预算 800 元,同比增加 50 元。',
      {},
    ],
  ])('%s', (_, text, spending) => {
    const r = importExplanation(text);
    expect(valueOf(r).spending ?? {}).toEqual(spending);
    expect(r.report.conflicts).toEqual([]);
  });
});

describe('figures as written', () => {
  it('reads zeros in words as 0 with their sentence', () => {
    const r = importExplanation(
      '北山乡政府2021年部门预算说明\n2021年“三公”经费预算 2万元，其中：公务接待费 2万元。因公出国(境)费用未安排预算。公务用车购置费和运行维护费均为0。',
    );
    expect(valueOf(r).threePublic).toMatchObject({ total: 2, reception: 2, abroad: 0, vehiclePurchase: 0, vehicleOperation: 0 });
    expect(r.report.found.find((f) => f.path === 'threePublic.abroad')?.provenance.sentence).toContain('未安排预算');
  });

  it('reads staffing written 编制N, 事业编制N, 在职N人', () => {
    const r = importExplanation('南坡小学2020年部门预算说明\n核定事业编制 21 名，实有人数 25 人，其中在职 20 人，退休 5 人。\n2020年收支总预算 300 万元。');
    expect(valueOf(r).staffing).toMatchObject({ authorized: { total: 21 }, inService: { total: 20 }, retired: 5 });
  });

  it("does not trust 在职 when the headcount's parts disagree", () => {
    const r = importExplanation('南坡小学2020年部门预算说明\n现有人数 12 人其中：在职编制 6 人；离退休 0 人。\n2020年收支总预算 300 万元。');
    expect(valueOf(r).staffing?.inService?.total).toBeUndefined();
    expect(valueOf(r).staffing?.retired).toBe(0);
  });

  it('reads last year\'s total from a plain "2017年部门预算总收入 X"', () => {
    const r = importExplanation('东江县科技局2018年部门预算公开\n2018年部门预算总收入为 80万元。2017年部门预算总收入为 75万元。');
    expect(valueOf(r)).toMatchObject({ total: 80, previousYear: { fiscalYear: 2017, total: 75 } });
  });

  it("does not take last year's execution (执行数) as last year's budget", () => {
    const r = importExplanation('东江县科技局2020年部门预算公开\n部门收入预算总计 90 万元，比上年执行数 100 万元减少 10 万元。');
    expect(valueOf(r).previousYear?.total).toBeUndefined();
    expect(valueOf(r).stated).toMatchObject({ totalChange: -10 });
  });

  it('keeps a text in 元 in 元, and reads a 元 figure in a 万元 text exactly', () => {
    expect(valueOf(importExplanation('东坡区档案局2017年部门预算\n2017年部门经费预算 530000元。')).unit).toBe('元');
    const r = importExplanation('渠北园林所2020年部门预算\n2020年收入预算 23.8万元。\n四、政府采购情况\n2020年涉及政府采购项目0个，预算资金0元。');
    expect(valueOf(r)).toMatchObject({ unit: '万元', procurement: 0 });
  });

  it('keeps an amount written with separators or spaces inside it', () => {
    const r = importExplanation('机管中心2013年部门预算说明\n机管中心2013年收支总预算 1,234.5 万元，基本支出 1 234.5 万元。');
    expect(valueOf(r).total).toBe(1234.5);
    expect(valueOf(r).spending.basic).toBe(1234.5);
  });

  it('reads changes claimed for parts and a 三公 document alone', () => {
    const r = importExplanation(
      '东湖区政府办2020年“三公”经费预算情况说明\n东湖区政府办2020年“三公”经费支出预算为 30万元，比2019年预算减少 3万元，下降 9.09%。其中：因公出国(境)费 0万元，公务接待费 20万元，公务用车购置及运行费 10万元。\n(二)公务接待费支出 20万元，比2019年预算减少 3万元，下降 13.04%。',
    );
    expect(valueOf(r).threePublic).toMatchObject({ total: 30, abroad: 0, reception: 20 });
    expect(valueOf(r).stated).toMatchObject({ threePublicChange: -3, threePublicChangePct: -9.09, receptionChange: -3, receptionChangePct: -13.04 });
    expect(r.draft?.toFill).toEqual(['total']);
  });

  it('reads a pipe table of income and spending', () => {
    const r = importExplanation(
      '单位名称:西岭农技站 单位:万元\n2019年部门预算表\n收入 | 支出 | ||\n一、财政拨款 | 50.5 | 一、基本支出 | 40.5 |\n二、其他资金 | 2 | 二、项目支出 | 12 |',
    );
    expect(revenueOf(r)).toEqual({ 财政拨款: 50.5, 其他资金: 2 });
    expect(valueOf(r).spending).toMatchObject({ basic: 40.5, project: 12 });
    expect(valueOf(r).department.name).toBe('西岭农技站');
  });
});

describe('reconciled by arithmetic', () => {
  it('takes, of two totals, the one its parts add up to, and reports the other as a conflict', () => {
    const r = importExplanation(
      '北塘街道办2021年部门预算说明\n2021年收支总预算 1000 万元。\n收入预算 100 万元，其中：一般公共预算拨款收入 60 万元，上年结转 40 万元。',
    );
    expect(valueOf(r).total).toBe(100);
    expect(r.report.conflicts).toEqual([
      expect.objectContaining({ path: 'total', values: [expect.objectContaining({ value: 1000 }), expect.objectContaining({ value: 100 })] }),
    ]);
  });

  it('derives the one 三公 part left unstated as the whole minus the others, marked derived', () => {
    const r = importExplanation(
      '北塘街道办2021年部门预算说明\n2021年“三公”经费预算 10 万元，其中：公务接待费 4 万元，公务用车运行维护费 6 万元，公务用车购置费 0 万元。',
    );
    expect(valueOf(r).threePublic).toMatchObject({ total: 10, abroad: 0 });
    const abroad = r.report.found.find((f) => f.path === 'threePublic.abroad');
    expect(abroad).toMatchObject({ derived: true, value: 0 });
    expect(abroad?.provenance.sentence).toContain('“三公”经费预算 10 万元');
  });
});

describe('more shapes of real text', () => {
  it('reads the sources after a bracket left open ("事业收入(不含专户资金0万元,…")', () => {
    const r = importExplanation(
      '三溪镇政府2020年部门预算公开\n部门收入预算总计 50 万元。\n其中:财政拨款收入50 万元,事业收入(不含专户资金0万元,其他收入 0万元,上年结转 0 万元。',
    );
    expect(revenueOf(r)).toEqual({ 财政拨款收入: 50, 事业收入: 0, 其他收入: 0, 上年结转: 0 });
  });

  it('reads a spreadsheet flattened into one line', () => {
    const r = importExplanation(
      '文化局 2020年部门预算 表1 部门收支总表 单位:万元 一、一般公共预算拨款收入 900.5 一、一般公共服务支出 二、政府性基金预算拨款收入 二、外交支出 三、事业收入 三、教育支出 四、其他收入 四、文化旅游体育与传媒支出 800 五、社会保障和就业支出 100.5 六、住房保障支出 本年收入合计 900.5 本年支出合计 900.5',
    );
    expect(valueOf(r)).toMatchObject({ total: 900.5, department: { name: '文化局' } });
    expect(revenueOf(r)).toEqual({ 一般公共预算拨款收入: 900.5 });
    expect(functionalOf(r)).toEqual({ 文化旅游体育与传媒支出: 800, 社会保障和就业支出: 100.5 });
  });

  it('does not read "增加了专项项目支出 X" as the project spending', () => {
    const r = importExplanation(
      '北塘街道办2018年部门预算说明\n2018年收支总预算 100万元，其中，基本支出 60万元，项目支出 40万元。收入较去年增加了 10万元，主要原因是增加了专项项目支出 10万元。',
    );
    expect(valueOf(r).spending).toMatchObject({ basic: 60, project: 40 });
    expect(r.report.conflicts).toEqual([]);
  });
});

describe('changes as the text states them', () => {
  const cases = [
    {
      name: "keeps a total's change when sub-unit amounts are named in passing (含…)",
      text: '机管中心2013年部门预算说明\n机管中心2013年收支总预算 500万元，含幼儿园经费 50万元；比2012年预算增加 40万元，增长 8.7%。',
      stated: { totalChange: 40, totalGrowthPct: 8.7 },
    },
    {
      name: 'reads a change stated as "2018年较2017年部门预算总收入增加 X"',
      text: '东江县科技局2018年部门预算公开\n2018年部门预算总收入为 80万元。2018年较2017年部门预算总收入增加 5万元。',
      stated: { totalChange: 5 },
    },
    {
      name: 'takes 预算数比 2018 年预算数减少 as the 三公 change',
      text: '桃源乡水利站2019年部门预算说明\n2019年“三公”经费预算数比2018年预算数减少0.4万元,减幅5%。',
      stated: { threePublicChange: -0.4 },
    },
    { name: 'reads 与上年预算一致 as no change', text: '2022年因公出国(境)费支出预算0万元,与2021年预算一致,本年度未安排。', stated: { abroadChange: 0 } },
  ];
  for (const { name, text, stated } of cases) {
    it(name, () => {
      expect(valueOf(importExplanation(text)).stated).toMatchObject(stated);
    });
  }
});

describe('sub-units and labels on their own line', () => {
  it('takes the basic and project spending that make the total when sub-units state theirs too', () => {
    const r = importExplanation(
      '东湖区水务局2018年部门预算说明\n预算总支出 1000元，其中：基本支出 900元；项目支出 100元。\n1、水务局机关预算总支出 600元，其中：基本支出 600元；项目支出 0元。\n2、水务站预算总支出 400元，其中：基本支出 300元；项目支出 100元。',
    );
    expect(valueOf(r).spending).toMatchObject({ basic: 900, project: 100 });
    // A sub-unit's "其中：基本支出" is that sub-unit's split, no candidate for the unit's; its 项目支出 after "；" still is.
    expect(r.report.conflicts.map((c) => c.path).sort()).toEqual(['spending.project']);
  });

  it('reads "基本支出：" alone on its line as the subject of the figure below it', () => {
    const r = importExplanation(
      '西城中学2018年部门预算说明\n收入预算，2018年年初预算数 120 万元。\n基本支出：\n2018年年初预算数为 100 万元，是指保障运转的支出。\n（二）项目支出：\n2018年年初预算数为 20 万元。',
    );
    expect(valueOf(r)).toMatchObject({ total: 120, spending: { basic: 100, project: 20 } });
  });
});

describe('what other published texts taught', () => {
  it("takes the title's year even when the body names the year before more often", () => {
    const r = importExplanation(
      '2020 年 北岭县 文化馆预算公开\n一、2019 年预算执行情况\n2019 年全年预算收入 50 万元。2019 年收入预算 50 万元。2019 年支出预算 50 万元。\n二、2020 年收支预算\n2020年收支总预算 60 万元。',
    );
    expect(valueOf(r).fiscalYear).toBe(2020);
  });

  it('keeps no share of something that is neither a source nor a class taken', () => {
    const r = importExplanation('北岭县文化馆2020年部门预算说明\n2020年全年民生支出 30 万元，占支出的 80% 左右。\n2020年收支总预算 60 万元。');
    expect(valueOf(r).stated?.functionalSharesPct).toBeUndefined();
  });
});

describe('what held-out published texts taught', () => {
  it('reads 增 alone as a rise ("较上年增 9.5 万元") but not 新增 as one', () => {
    const r = importExplanation('桃源乡水利站2019年部门预算说明\n2019年基本支出预算较上年增9.5万元,增幅12%。\n2019年项目支出预算新增3万元。');
    expect(valueOf(r).stated).toMatchObject({ basicChange: 9.5, basicChangePct: 12 });
    expect(valueOf(r).stated?.projectChange).toBeUndefined();
  });

  it('reads no zero change from 基本持平 (about level), but does from 持平', () => {
    const about = importExplanation('2022年全县“三公”经费支出预算为800万元,与2021年预算基本持平。');
    expect(valueOf(about).stated?.threePublicChange).toBeUndefined();
    const level = importExplanation('2022年全县“三公”经费支出预算为800万元,与2021年预算持平。');
    expect(valueOf(level).stated?.threePublicChange).toBe(0);
  });

  it('gives a change in a sentence that opens with the comparison to the figure the sentence before opened with', () => {
    const r = importExplanation(
      '2023年“三公”经费支出预算为20万元,其中:公务用车运行维护费15万元,公务接待费5万元。与2022年预算相比增长25%,其中公务接待费增加1万元。',
    );
    expect(valueOf(r).stated).toMatchObject({ threePublicChangePct: 25, receptionChange: 1 });
    expect(valueOf(r).stated?.receptionChangePct).toBeUndefined();
  });

  it('reads 同比无变化 as a stated zero change', () => {
    const r = importExplanation('2023年单位预算安排“三公”经费支出预算 0元,\n同比无变化。');
    expect(valueOf(r)).toMatchObject({ threePublic: { total: 0 }, stated: { threePublicChange: 0 } });
  });

  it('never takes a purpose clause (主要用于…单位为…) as the unit', () => {
    const r = importExplanation('政府采购预算 5000 元。\n主要用于机关事业单位为保证日常运转发生的支出。');
    expect(valueOf(r).department?.name).toBeUndefined();
  });

  it("does not refuse a 三公 budget that reports last year's 决算 under its own heading, nor mix last year's parts in", () => {
    const r = importExplanation(
      '一、2023年“三公”经费预算安排情况\n2023年度“三公”经费预算总计30万元,其中:因公出国(境)经费0万元,公务接待12万元,公务用车运行费用18万元。\n二、2022年“三公”经费决算情况\n2022年度“三公”经费合计支出28万元,其中:因公出国(境)经费0万元,公务接待13万元,公务用车运行费用15万元。\n2023年度“三公”经费预算较2022年度增加2万元,其中公务接待较上年同期减少1万元,减少7.69%。',
    );
    expect(r.report.error).toBeUndefined();
    expect(valueOf(r)).toMatchObject({ threePublic: { total: 30, abroad: 0, reception: 12, vehicleOperation: 18 } });
    expect(valueOf(r).stated).toMatchObject({ threePublicChange: 2, receptionChange: -1, receptionChangePct: -7.69 });
    expect(valueOf(r).stated.threePublicChangePct).toBeUndefined();
    expect(r.report.conflicts).toEqual([]);
  });

  it('counts no vehicles of a kind from a planned purchase (预计购置…用车 2 辆)', () => {
    const r = importExplanation(
      '公务用车购置及运行费60万元。其中:公务用车运行费40万元;公务用车购置费20万元,原因主要是本年度预计购置执法执勤用车2辆,比上年度少1辆。',
    );
    expect(Object.keys(valueOf(r).assets?.vehiclesByKind ?? {}).filter((k) => /购置/.test(k))).toEqual([]);
  });

  it('takes the fullest source list that adds up, and gives the general budget source its change', () => {
    const r = importExplanation(
      '青山区档案馆\n2019年部门预算编制说明\n收入包括:一般公共预算拨款收入120万元,比2018年预算数减少5万元。区档案馆2019年收支总预算120万元。\n2019年收入预算120万元,其中:上年结转0万元;一般公共预算拨款收入120万元;事业收入0万元;其他收入0万元。',
    );
    expect(revenueOf(r)).toEqual({ 上年结转: 0, 一般公共预算拨款收入: 120, 事业收入: 0, 其他收入: 0 });
    expect(valueOf(r).stated).toMatchObject({ generalBudgetChange: -5 });
  });

  it('refuses a 决算 whose title line runs on into the paragraph below it', () => {
    const r = importExplanation(
      '南坪镇人民政府\n2022年“三公”经费决算汇总情况\n根据《预算法》的要求,现将情况公布如下:\n2022年我镇“三公”经费预算为12万元。\n2022年“三公”经费支出共计8万元,较年初预算数减少4万元。',
    );
    expect(r.report.error?.code).toBe('final_accounts');
  });
});

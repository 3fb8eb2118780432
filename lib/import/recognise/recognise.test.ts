import { describe, expect, it } from 'vitest';
import { getAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import { INPUT_CELLS, TABLES } from '@/lib/report/template/tables';
import { withTotals } from '@/lib/report/totals';
import { expandedRows, layoutGrid, printedValues } from '../testing/layout-grid';
import { publishedSample, type TextSampleId } from '../testing/samples';
import type { DocumentBlock, ParsedDocument } from '../parsed-document';
import { recogniseReport } from './recognise';
import { runChecks } from '@/lib/report/checks/checks';
import { PRINTED_TOTALS_NOTE, TRIAL_FORMAT_NOTE } from './notes';
import { parseText } from '../read/text/document';

const recognised = (id: TextSampleId) => recogniseReport(parseText(publishedSample(id)));
const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });

describe('the four published reports in the 2021 format (30号)', () => {
  const samples = [
    ['000', '红寺堡区司法局', 2022],
    ['001', '东风区司法局', 2022],
    ['003', '利通区司法局', 2023],
    ['004', '惠农区司法局', 2024],
  ] as const;

  it.each(samples)('reads sample %s as %s, %i, format 30号', (id, agency, year) => {
    const result = recognised(id);
    expect(result.report.meta).toMatchObject({ agency, agencyKind: 'department', year });
    expect(result.format).toBe('30号');
    expect(result.source).toBe('recognised');
  });

  it.each(samples)('finds every input cell of tables 二, 三 and 四 of sample %s, and every one is 0', (id) => {
    const result = recognised(id);
    // Every number printed, 表三's and 表四's totals among them, is read.
    expect(result.tables).toEqual([
      { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
      { table: 'table3', found: 175, printed: 175, total: 144, unread: [] },
      { table: 'table4', found: 15, printed: 15, total: 12, unread: [] },
    ]);
    expect(result.missing).toEqual([]);
    for (const cell of INPUT_CELLS) expect(getAt(result.report, cell.path), cell.path).toBe(cell.valueKind === 'amount' ? '0' : 0);
  });

  it.each(samples)('keeps the printed totals of sample %s (all 0) for the checks to compare', (id) => {
    const { report, notes } = recognised(id);
    expect(report.applications.received.total).toBe(0);
    expect(report.applications.resultsTotal).toEqual({ natural: 0, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 });
    expect(report.review.litigationAfterReview.total).toBe(0);
    expect(notes).toContain(PRINTED_TOTALS_NOTE);
  });

  it.each(samples)('records that sample %s charged no 信息处理费', (id) => {
    expect(recognised(id).report.other.fees).toEqual({ charged: false, cases: null, amountYuan: null });
  });
});

describe('the prose of the published reports lands in its sections', () => {
  it('splits sample 000 into the five parts of 总体情况, joining a word split by a page break', () => {
    const { report } = recognised('000');
    expect(report.preface).toMatch(/^根据《中华人民共和国政府信息公开条例》规定.*现发布《红寺堡区司法局2022年政府信息公开工作年度报告》/);
    expect(report.overview.intro).toMatch(/^2022年，为切实保障公民知情权、监督权、参与权/);
    expect(report.overview.proactive).toMatch(/^坚持“以公开为常态，不公开为例外”的原则，及时准确公开法定内容。/);
    expect(report.overview.proactive).toContain('发布民法典、疫情防控等普法宣传微视频共37条，微信公众号“法治红寺堡”全年累计发布信息1510余条。');
    expect(report.overview.requests).toMatch(/^认真贯彻落实《宁夏回族自治区政府信息公开申请办理规范》精神/);
    expect(report.overview.management).toMatch(/^一是及时调整政务公开工作领导小组/);
    expect(report.overview.platforms).toContain('社区矫正以及公共法律服务等工作的开展情况，进一步提升了司法行政工作“透明度”。');
    expect(report.overview.oversight).toMatch(/^安排专人负责信息公开工作/);
    expect(report.problems.problems).toMatch(/^一是信息更新不及时。二是信息发布转载量较多/);
    expect(report.problems.improvements).toContain('严格落实“三审三校”制度，明确工作责任');
    expect(report.other.workPoints).toMatch(/^我局按照《吴忠市红寺堡区人民政府办公室关于印发红寺堡区2022年政务公开工作要点的通知》/);
    expect(report.other.others).toBe('');
  });

  it('takes agency and year of sample 001 from its first sentence and keeps its 总体情况 whole in the lead', () => {
    const { report, notes } = recognised('001');
    expect(report.preface).toBeUndefined();
    expect(report.overview.intro).toMatch(/^2022年,东风区司法局认真履行/);
    expect(report.overview.intro).toContain('\n三是扩大政务公开覆盖范围,优化政务便民服务。');
    expect(report.overview.proactive).toBe('');
    expect(report.problems.problems).toBe('一是政务公开途径还有局限性;\n二是政务公开覆盖范围仍需持续扩大。');
    expect(report.problems.improvements).toMatch(/^一是继续依托新媒体,在区政府网站、政务新媒体的基础上/);
    expect(report.other.others).toBe('');
    expect(notes).toContain('原文没有标题，机关名称“东风区司法局”和年度 2022 取自正文第一句，请核对。');
    expect(notes).toContain('“一、总体情况”没有分（一）主动公开情况等小标题，全文放在引言中，请按各部分整理。');
  });

  it('drops the breadcrumb and credits a web page puts around the report', () => {
    const pasted = `首页 > 政务公开 > 年度报告\n发布时间：2023-01-20  来源：本站\n${publishedSample('001')}`;
    const { report } = recogniseReport(parseText(pasted));
    expect(report.preface).toBeUndefined();
    expect(report.meta.agency).toBe('东风区司法局');
  });

  it('rebuilds the PDF paragraphs of sample 003 and tells its improvements by 「下一步」', () => {
    const { report } = recognised('003');
    expect(report.preface).toBe(
      '根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》（国办公开办函〔2021〕30号）要求，现发布《利通区司法局2023年政府信息公开工作年度报告》，本报告所列数据统计期限从2023年1月1日到12月31日。\n' +
        '如对报告有疑问或意见建议，可通过利通区人民政府网站的政府信息公开意见箱反映或直接与利通区司法局办公室联系（地址：吴忠市利通区吴灵东路和利红街交会处综合楼三楼；联系电话：0953-2221103，传真号码：0953-2615680）。',
    );
    expect(report.overview.requests).toBe('明确公开范围、受理机构、公开程序、监督方式等内容。2023年，我局未收到政府信息公开申请。');
    expect(report.overview.proactive).toContain('在政府门户网站主动公开政府信息15条，其中，法治政府建设报告1条');
    expect(report.overview.platforms).toMatch(/^一是充分发挥政务新媒体平台作用/);
    expect(report.problems.problems).toMatch(/^2023年以来，我局虽然能够较好完成政府信息公开各项工作.*在提高公众知晓率方面仍需加强。$/);
    expect(report.problems.improvements).toMatch(/^下一步，我局将从以下方面不断加强政府信息公开工作。\n一是强学习，提升理论水平。/);
    expect(report.other.workPoints).toMatch(/^2023年严格按照《利通区2023年政务工作要点》开展政务公开工作/);
    // The closing paragraph that only says how to get in touch went to the preface (contact.test.ts).
    expect(report.other.others).toBe('无其他需要报告事项。');
  });

  it('splits 五 of sample 004 by its 「(一) 存在的问题」「(二) 改进措施」 headings', () => {
    const { report } = recognised('004');
    expect(report.overview.requests).toBe('2024年，惠农区司法局未收到政府信息公开申请。');
    expect(report.problems.problems).toMatch(/^一是政务信息整合与推送的协同性不足/);
    expect(report.problems.improvements).toMatch(/^一是构建高效信息协同体系。.*提高服务社会公众能力。$/);
    expect(report.other.others).toBe('');
  });
});

describe('the 2019 trial format (sample 002)', () => {
  const result = recognised('002');
  const otherDisposal = INPUT_CELLS.filter((cell) => cell.path.startsWith('applications.otherDisposal.')).map((cell) => cell.path);
  const table2 = INPUT_CELLS.filter((cell) => cell.table.id === 'table2').map((cell) => cell.path);

  it('reads agency and year from the title and says the format is 60号', () => {
    expect(result.report.meta).toMatchObject({ agency: '银川市西夏区司法局', agencyKind: 'department', year: 2020 });
    expect(result.format).toBe('60号');
    expect(result.notes[0]).toBe(TRIAL_FORMAT_NOTE);
  });

  it('maps tables 三 and 四 but not table 二, nor the single （六） row', () => {
    expect(result.tables).toEqual([
      { table: 'table2', found: 0, printed: 22, total: 10, unread: [{ label: null, reason: '2019 年试行格式的栏目与现行格式不同', numbers: 22 }] },
      { table: 'table3', found: 154, printed: 161, total: 144, unread: [{ label: '(六) 其他处理', reason: '2019 年试行格式中只有一行，分不到现行格式（六）的 3 项中', numbers: 7 }] },
      // The sixteenth number stands in a column without a heading.
      { table: 'table4', found: 15, printed: 16, total: 12, unread: [{ label: null, reason: '不在表四的栏目下', numbers: 1 }] },
    ]);
    expect(result.missing).toEqual([...table2, ...otherDisposal]);
    expect(result.report.proactive.feesWanYuan).toBeNull();
    expect(result.report.applications.otherDisposal.other.natural).toBeNull();
    expect(result.report.applications.denied.enforcementFiles).toEqual({ natural: 0, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 });
    expect(result.report.applications.carriedForward.total).toBe(0);
    expect(result.report.review.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });

  it('puts its parts by their words, and splits 五 without sub-headings where its improvements begin', () => {
    const { report, notes } = result;
    expect(report.overview.intro).toMatch(/^（一）政务公开工作部署和落实情况。\n1\. 2020年政务公开工作要点落实情况\n（1）基本情况。/);
    expect(report.overview.requests).toBe('2020年，我局共受理政府信息公开申请0件。');
    expect(report.overview.platforms).toMatch(/^银川市西夏区司法局相关信息在西夏区人民政府门户网站/);
    expect(report.overview.oversight).toMatch(/^建立严格信息审查制度/);
    expect(report.problems.problems).toMatch(/^2020年，银川市西夏区司法局切实加大政府信息公开工作力度.*不能充分发挥各类平台作用做好政务公开工作。$/);
    expect(report.problems.improvements).toMatch(/^2021年，银川市西夏区司法局将认真总结经验，重点做好以下几方面工作：/);
    expect(notes).toContain(
      '“五、存在的主要问题及改进情况”没有分问题和改进情况的小标题，已从“2021年，银川市西夏区司法局将认真总结经验，重点做好以下几…”起放入“改进情况”，之前的放在“存在的主要问题”，请核对。',
    );
    expect(runChecks(report, { today: new Date(2021, 0, 20) }).filter((f) => f.path.startsWith('problems.'))).toEqual([]);
    expect(report.other.others).toBe('无。');
    expect(report.other.fees.charged).toBeNull();
    expect(notes).toContain('原文没有说明是否收取信息处理费，请补充（没有收取也要写明）。');
  });
});

/** The busy report as a Word or web reader gives it: headings as paragraphs, merged cells repeated. */
function busyDocument(): ParsedDocument {
  const report = busyReport();
  const valueOf = printedValues(report);
  const blocks = TABLES.flatMap((table): DocumentBlock[] => [paragraph(table.caption), { kind: 'table', rows: expandedRows(layoutGrid(table, valueOf)) }]);
  return {
    blocks: [
      paragraph('某某市自然资源局'),
      paragraph('2025年政府信息公开工作年度报告'),
      paragraph(SECTION_HEADINGS.overview),
      paragraph(report.overview.intro),
      ...blocks,
      paragraph(SECTION_HEADINGS.problems),
      paragraph(SECTION_HEADINGS.other),
    ],
  };
}

describe('table grids read from a document', () => {
  it('maps a grid whose merged cells repeat their text, every number to its cell', () => {
    const result = recogniseReport(busyDocument());
    const busy = withTotals(busyReport());
    expect(result.report.proactive).toEqual(busy.proactive);
    expect(result.report.applications).toEqual(busy.applications);
    expect(result.report.review).toEqual(busy.review);
    expect(result.missing).toEqual([]);
  });

  it('leaves cells reading 「/」「无」 or nothing blank, lists them as missing and says evaluators flag them', () => {
    const rows = [
      ['二、上年结转政府信息公开申请数量', '', '', '/', '0', '0', '0', '0', '0', '0'],
      ['四、结转下年度继续办理', '', '', '无', '0', '0', '', '0', '0', '0'],
    ];
    const result = recogniseReport({ blocks: [paragraph(SECTION_HEADINGS.applications), { kind: 'table', rows }] });
    expect(result.report.applications.carriedOver).toEqual({ natural: null, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 0 });
    expect(result.report.applications.carriedForward).toEqual({ natural: null, business: 0, research: 0, nonprofit: null, legal: 0, other: 0, total: 0 });
    expect(result.missing).toContain('applications.carriedOver.natural');
    expect(result.missing).toContain('applications.carriedForward.nonprofit');
    expect(result.tables[1]).toEqual({ table: 'table3', found: 11, printed: 11, total: 144, unread: [] });
    expect(result.notes).toContain('表三有 3 格写的是「/」、「无」、空白，不是数字，已留空。评议时空格和「/」会被指出：没有发生的事项要填 0。');
  });

  it('reads 「45 万元」 in table 二 as 45 (万元), and a one-column row printed over three cells once', () => {
    const rows = [
      ['第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项', '第二十条第（五）项'],
      ['行政许可', '3', '3', '3'],
      ['第二十条第（八）项', '', '', ''],
      ['行政事业性收费', '45 万元', '', ''],
    ];
    const result = recogniseReport({ blocks: [paragraph(SECTION_HEADINGS.proactive), { kind: 'table', rows }] });
    expect(result.report.proactive.licensing).toBe(3);
    expect(result.report.proactive.feesWanYuan).toBe('45');
    expect(result.tables[0]).toEqual({ table: 'table2', found: 2, printed: 2, total: 10, unread: [] });
  });

  it('does not guess the columns of a row with too few numbers', () => {
    const rows = [
      ['一、本年新收政府信息公开申请数量', '', '', '3', '1', '', '', '', '', '4'],
      ['（七）总计', '', '', '', '2', '1', '', '', '', '', ''],
    ];
    const result = recogniseReport({ blocks: [paragraph(SECTION_HEADINGS.applications), { kind: 'table', rows }] });
    expect(result.report.applications.received).toEqual({ natural: 3, business: 1, research: null, nonprofit: null, legal: null, other: null, total: 4 });
    expect(result.report.applications.resultsTotal).toBeUndefined();
    expect(result.tables[1]).toEqual({
      table: 'table3',
      found: 3,
      printed: 5,
      total: 144,
      unread: [{ label: '（七）总计', reason: '数字个数与表格列数不符（有 2 个，应为 7 个）', numbers: 2 }],
    });
  });

  it('takes agency and year from the preface when the title names neither, and a 人民政府 is a government', () => {
    const result = recogniseReport({
      blocks: [
        paragraph('政府信息公开工作年度报告'),
        paragraph('根据《条例》要求，现发布《某某县人民政府2024年政府信息公开工作年度报告》。'),
        paragraph(SECTION_HEADINGS.overview),
      ],
    });
    expect(result.report.meta).toEqual({ agency: '某某县人民政府', agencyKind: 'government', year: 2024 });
    expect(result.format).toBe('未识别');
    expect(result.notes).toContain('没有找到表二、表三、表四，表格中的数字需要全部手工填写。');
  });

  it.each([
    [['某某市人民政府办公厅', '2023年政府信息公开工作年度报告'], 'title'],
    [['某某市人民政府办公厅2023年度政府信息公开工作报告'], 'title'],
    [['某某市人民政府办公厅2023年政府信息公开年度报告'], 'title'],
    [[SECTION_HEADINGS.overview, '2023年，某某市人民政府办公厅认真贯彻落实《条例》。'], 'sentence'],
    [[SECTION_HEADINGS.overview, '2023年，某某市人民政府办公室认真贯彻落实《条例》。'], 'sentence'],
  ] as const)('reads the agency of %j by its full name, the 办公厅 not the 人民政府', (lines, source) => {
    const result = recogniseReport({ blocks: [...lines, ...((lines as readonly string[]).includes(SECTION_HEADINGS.overview) ? [] : [SECTION_HEADINGS.overview])].map(paragraph) });
    const agency = lines.join('').includes('办公室') ? '某某市人民政府办公室' : '某某市人民政府办公厅';
    expect(result.report.meta).toEqual({ agency, agencyKind: 'department', year: 2023 });
    expect(result.notes.some((note) => note.includes('取自正文第一句'))).toBe(source === 'sentence');
  });

  it('reads the closing under the last section as the date, not as text of 六', () => {
    const result = recogniseReport({
      blocks: [paragraph('某某局'), paragraph('2024年政府信息公开工作年度报告'), paragraph(SECTION_HEADINGS.other), paragraph('无。'), paragraph('某某局'), paragraph('2025年1月6日')],
    });
    expect(result.report.meta.issuedOn).toBe('2025-01-06');
    expect(result.report.other.others).toBe('无。');
  });
});

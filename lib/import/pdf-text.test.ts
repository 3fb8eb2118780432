import { describe, expect, it } from 'vitest';
import { importText } from './import-text';
import { HUAIAN_PROACTIVE, HUAIAN_REVIEW, HUAIAN_TABLE3, shapeText, table3Of } from './testing/huaian';
import type { ImportResult } from './parsed-document';

// Text extracted from a real PDF (fixtures/published/005_huaian-2024.pdf) by poppler's pdftotext
// 22.12, as committed in fixtures/shapes/: with -layout (labels wrapped round their numbers,
// group labels interleaved with the items' lines, 「1、」 items, the vertical 三、本年度办理结果 a
// character a line, table 三 across a page break) and without (content-stream order: some rows'
// labels after the numbers).
function recognised(text: string): ImportResult {
  const outcome = importText(text);
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return outcome;
}

const tableNotes = (result: ImportResult) => result.notes.filter((note) => /^表[二三四]/.test(note));

describe('text pdftotext extracts from the 淮安 PDF', () => {
  it('with -layout: every number of tables 二, 三 and 四 lands in its cell', () => {
    const result = recognised(shapeText('huaian-2024-pdftotext-layout.txt'));
    expect(result.tables).toEqual([
      { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
      { table: 'table3', found: 175, printed: 175, total: 144, unread: [] },
      { table: 'table4', found: 15, printed: 15, total: 12, unread: [] },
    ]);
    expect(result.report.proactive).toEqual(HUAIAN_PROACTIVE);
    expect(table3Of(result.report)).toEqual(HUAIAN_TABLE3);
    expect(result.report.review).toMatchObject(HUAIAN_REVIEW);
    expect(tableNotes(result)).toEqual([]);
  });

  it('without -layout: tables 二 and 三 land whole; 表四’s numbers come interleaved with its headings and are left to the clerk', () => {
    const result = recognised(shapeText('huaian-2024-pdftotext.txt'));
    expect(result.tables).toEqual([
      { table: 'table2', found: 10, printed: 10, total: 10, unread: [] },
      { table: 'table3', found: 175, printed: 175, total: 144, unread: [] },
      { table: 'table4', found: 0, printed: 15, total: 12, unread: [{ label: null, reason: '没有找到一行 15 个（或不含总计的 12 个）数字', numbers: 15 }] },
    ]);
    expect(result.report.proactive).toEqual(HUAIAN_PROACTIVE);
    expect(table3Of(result.report)).toEqual(HUAIAN_TABLE3);
    // 72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20: no order of columns can be told from it.
    expect(result.report.review.reconsideration).toEqual({ upheld: null, corrected: null, other: null, pending: null });
    expect(tableNotes(result)).toEqual([]);
  });
});

const HEAD = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'];
const row = (label: string, n: number) => `${label} ${[n, 0, 0, 0, 0, 0, n].join(' ')}`;
const TAIL = ['四、政府信息公开行政复议、行政诉讼情况'];

/** Table 三's 自然人 column, by row path, of what was read (rows not read left out). */
function naturals(result: ImportResult): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const apps = result.report.applications as unknown as Record<string, Record<string, unknown>>;
  for (const [key, value] of Object.entries(apps)) {
    if (value && typeof value === 'object' && 'natural' in value) {
      if (value.natural !== null && value.natural !== undefined) out[key] = value.natural;
    } else if (value && typeof value === 'object') {
      for (const [item, cells] of Object.entries(value)) {
        const n = (cells as Record<string, unknown> | null)?.natural;
        if (n !== null && n !== undefined) out[`${key}.${item}`] = n;
      }
    }
  }
  return out;
}

describe('PDF text shapes of table 三', () => {
  it('matches a label cut short or wrapped round its numbers by its number in the group and the start of its words', () => {
    const result = recognised(
      [
        ...HEAD,
        '（五）不予处理 4.无正当理由大量反复申请 0 0 0 0 0 0 0',
        '5.要求行政机关确认或重新出',
        row('', 3),
        '具已获取信息',
        '1、申请人无正当理由逾期不补',
        row('正、行政机关不再处理其政府信', 5),
        '息公开申请',
        '（六）其',
        '2、申请人逾期未按收费通知要',
        row('他处理 求缴纳费用、行政机关不再处理', 6),
        '其政府信息公开申请',
        row('3、其他', 7),
        ...TAIL,
      ].join('\n'),
    );
    expect(naturals(result)).toEqual({
      'notProcessed.excessive': 0,
      'notProcessed.confirmation': 3,
      'otherDisposal.noCorrection': 5,
      'otherDisposal.unpaidFee': 6,
      'otherDisposal.other': 7,
    });
    expect(tableNotes(result)).toEqual([]);
  });

  it('reads the vertical 三、本年度办理结果 spread a character a line, and a table whose header is repeated on the next page', () => {
    const result = recognised(
      [
        ...HEAD,
        row('一、本年新收政府信息公开申请数量', 40),
        row('二、上年结转政府信息公开申请数量', 2),
        '三、',
        row('本 （一）予以公开', 20),
        '年',
        row('度 （三）不 1.属于国家秘密', 1),
        row('办 予公开 2.其他法律行政法规禁止公开', 2),
        '理',
        '- 4 -',
        ...HEAD.slice(1),
        '结',
        row('果 （四）无 1.本机关不掌握相关政府信息', 9),
        row('法提供 2.没有现成信息需要另行制作', 4),
        row('（七）总计', 36),
        row('四、结转下年度继续办理', 6),
        ...TAIL,
      ].join('\n'),
    );
    expect(naturals(result)).toEqual({
      received: 40,
      carriedOver: 2,
      granted: 20,
      'denied.stateSecret': 1,
      'denied.lawProhibited': 2,
      'unavailable.notHeld': 9,
      'unavailable.needsCreation': 4,
      resultsTotal: 36,
      carriedForward: 6,
    });
  });

  it('never gives numbers to a row whose label is not recognised, nor guesses by the number alone', () => {
    const result = recognised(
      [
        ...HEAD,
        row('（五）不予处理 1.信访举报投诉类申请', 1),
        row('2.重新申请', 2),
        row('6.其他不予处理情形', 3),
        row('3.要求提供公开出版物', 4),
        ...TAIL,
      ].join('\n'),
    );
    expect(naturals(result)).toEqual({ 'notProcessed.complaint': 1, 'notProcessed.publication': 4 });
    expect(result.tables[1]?.unread).toEqual([
      { label: '2.重新申请', reason: '行名未能识别', numbers: 7 },
      { label: '6.其他不予处理情形', reason: '行名未能识别', numbers: 7 },
    ]);
    expect(result.tables[1]).toMatchObject({ found: 14, printed: 28 });
  });

  it('places rows of numbers printed before their labels only when the rows between two labels are exactly as many', () => {
    const numbers = (n: number) => [n, 0, 0, 0, 0, 0, n].join('\n');
    const lines = (extra: number) => [
      ...HEAD,
      '一、本年新收政府信息公开申请数量',
      numbers(40),
      '二、上年结转政府信息公开申请数量',
      numbers(2),
      ...Array.from({ length: extra }, (_, i) => numbers(10 + i)),
      '（三）不予公开 1.属于国家秘密',
      numbers(1),
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情',
      '形，不计其他情形）',
      ...TAIL,
    ];
    expect(naturals(recognised(lines(2).join('\n')))).toEqual({ received: 40, carriedOver: 2, granted: 10, partlyGranted: 11, 'denied.stateSecret': 1 });
    const three = recognised(lines(3).join('\n'));
    expect(naturals(three)).toEqual({ received: 40, carriedOver: 2, 'denied.stateSecret': 1 });
    expect(three.tables[1]?.unread).toEqual([{ label: '二、上年结转政府信息公开申请数量', reason: '这一行之后还有 3 行数字，前面没有行名，对不上是哪几行', numbers: 21 }]);
    // Without the labels of the rows between, nothing is placed either.
    const unlabelled = recognised(lines(2).slice(0, -4).concat(TAIL).join('\n'));
    expect(naturals(unlabelled)).toEqual({ received: 40, carriedOver: 2, 'denied.stateSecret': 1 });
  });
});

describe('表四’s one row of numbers, its header split over several lines', () => {
  const N15 = [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20];
  const N12 = [72, 64, 178, 37, 13, 4, 8, 1, 12, 1, 1, 6];
  const SECTION = '四、政府信息公开行政复议、行政诉讼情况';
  const AFTER = ['五、存在的主要问题及改进情况', '无。'];
  const WITH_TOTALS = {
    reconsideration: { ...HUAIAN_REVIEW.reconsideration, total: 351 },
    litigationDirect: { ...HUAIAN_REVIEW.litigationDirect, total: 26 },
    litigationAfterReview: { ...HUAIAN_REVIEW.litigationAfterReview, total: 20 },
  };
  const SPLIT_HEADER_SPACES = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计 结果 结果 其他 尚未 总计', '维持 纠正 结果 审结 维持 纠正 结果 审结 维持 纠正 结果 审结'];
  const SPLIT_HEADER_TABS = ['行政复议\t\t\t\t\t行政诉讼', '结果\t结果\t其他\t尚未\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉', '维持\t纠正\t结果\t审结', '\t\t\t\t\t结果\t结果\t其他\t尚未\t总计\t结果\t结果\t其他\t尚未\t总计', '\t\t\t\t\t维持\t纠正\t结果\t审结\t\t维持\t纠正\t结果\t审结'];
  const shapes: [string, string[], object][] = [
    ['15 numbers, tab-separated, under its section heading', [SECTION, ...SPLIT_HEADER_TABS, N15.join('\t'), ...AFTER], WITH_TOTALS],
    ['15 numbers, space-separated, under its section heading', [SECTION, ...SPLIT_HEADER_SPACES, N15.join(' '), ...AFTER], WITH_TOTALS],
    ['12 numbers, tab-separated', [SECTION, '行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t未经复议直接起诉\t复议后起诉', N12.join('\t'), ...AFTER], HUAIAN_REVIEW],
    ['12 numbers, spaces of any width', [SECTION, '行政复议', '行政诉讼', '结果维持 结果纠正 其他结果 尚未审结', N12.join('   '), ...AFTER], HUAIAN_REVIEW],
    ['15 numbers on the last header line', [SECTION, '行政复议 行政诉讼', `结果维持 结果纠正 其他结果 尚未审结 总计 ${N15.join(' ')}`, ...AFTER], WITH_TOTALS],
    ['the table alone pasted, tab-separated', [...SPLIT_HEADER_TABS, N15.join('\t')], WITH_TOTALS],
    ['the table alone pasted, space-separated', [...SPLIT_HEADER_SPACES, N15.join(' ')], WITH_TOTALS],
  ];
  it.each(shapes)('%s', (_, lines, review) => {
    const result = recognised(lines.join('\n'));
    const printed = Object.values(review).flatMap((group) => Object.values(group as object)).length;
    expect(result.tables[2]).toEqual({ table: 'table4', found: printed, printed, total: 12, unread: [] });
    expect(result.report.review).toEqual(review);
  });

  it('is not found in a lone line of numbers without 表四’s headings', () => {
    expect(importText(['结果 结果 其他 尚未', N15.join(' ')].join('\n'))).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import { publishedSample } from '../../testing/samples';
import type { DocumentBlock } from '../../parsed-document';
import { parseText } from './document';

const tables = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const paragraphs = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const zeros = (n: number) => Array<string>(n).fill('0');

describe('tab-separated tables (samples 000, 002, 004)', () => {
  const { blocks } = parseText(publishedSample('000'));

  it('turns each tab-separated line into a row of cells, one table per section', () => {
    const [table2, table3, table4] = tables(blocks);
    expect(table2?.[2]).toEqual(['规章', '0', '0', '0']);
    expect(table3?.[7]).toEqual(['', '(三) 不予公开', '1. 属于国家秘密', ...zeros(7)]);
    expect(table3?.[25]).toEqual(['3. 其他', '', ...zeros(7), '']);
    expect(table4?.[3]).toEqual(zeros(15));
  });

  it('keeps title, headings and prose as paragraphs, a word split by a page break joined again', () => {
    const texts = paragraphs(blocks);
    expect(texts.slice(0, 2)).toEqual(['红寺堡区司法局', '2022年政府信息公开工作年度报告']);
    expect(texts).toContain('一、总体情况');
    expect(texts.find((t) => t.startsWith('（一）政府信息主动公开情况。'))).toContain('疫情防控等普法宣传微视频共37条');
  });

  it('keeps one table across a blank line inside it (sample 002)', () => {
    const table3 = tables(parseText(publishedSample('002')).blocks)[1];
    expect(table3?.map((row) => row.join('|'))).toContain('||8.属于行政查询事项|0|0|0|0|0|0|0');
    expect(table3).toHaveLength(26);
  });
});

describe('one cell per line ending with 「 |」 (sample 001)', () => {
  const [table2, table3, table4] = tables(parseText(publishedSample('001')).blocks);

  it('rebuilds the rows with the width of each table in the template', () => {
    expect(table2?.[0]).toEqual(['第二十条第(一)项', '', '', '']);
    expect(table2?.[6]).toEqual(['行政许可', '0', '', '']);
    expect(table3?.[5]).toEqual(['三、本年度办理结果', '(一)予以公开', ...zeros(7), '']);
    expect(table3?.[7]).toEqual(['(三)不予公开', '1.属于国家秘密', ...zeros(7), '']);
    expect(table3?.[27]).toEqual(['四、结转下年度继续办理', ...zeros(7)]);
    expect(table4?.[3]).toEqual(zeros(15));
  });

  it('joins a header word broken over two lines into one cell', () => {
    expect(table3?.[2]?.slice(0, 2)).toEqual(['商业', '科研']);
  });
});

describe('PDF text (sample 003)', () => {
  const { blocks } = parseText(publishedSample('003'));

  it('joins labels broken over lines with the numbers that follow them', () => {
    const table3 = tables(blocks)[1];
    expect(table3).toContainEqual(['（二）部分公开（区分处理的，只计这一情形，不', '计其他情形）', ...zeros(7)]);
    expect(table3).toContainEqual(['2.申请人逾期未按收费通知要求缴纳费', '用、行政机关不再处理其政府信息公开', '申请', ...zeros(7)]);
    expect(table3).toContainEqual(['（三）不予', '公开']);
  });

  it('keeps the vertical headers of table 四 as labels before its row of fifteen numbers', () => {
    const table4 = tables(blocks)[2];
    expect(table4).toHaveLength(1);
    expect(table4?.[0]?.slice(-16)).toEqual(['总计', ...zeros(15)]);
  });

  it('merges lines broken mid-sentence into paragraphs and keeps the title lines apart', () => {
    const texts = paragraphs(blocks);
    expect(texts.slice(0, 2)).toEqual(['利通区司法局', '2023年政府信息公开工作年度报告']);
    expect(texts).toContain('（二）依申请公开情况。明确公开范围、受理机构、公开程序、监督方式等内容。2023年，我局未收到政府信息公开申请。');
    expect(texts).toContain('下一步，我局将从以下方面不断加强政府信息公开工作。');
  });
});

describe('page breaks and headings in pasted text', () => {
  it('drops page numbers between lines and joins the word they split', () => {
    const text = [
      '一、总体情况',
      '',
      '2025年，本局坚持以公开为常态、不公开为例外，全年主动公开政',
      '— 3 —',
      '府信息1268条，其中行政规范性文件8件，政策解读12篇，回',
      '7',
      '应关切23次。',
      '第 4 页 共 9 页',
      '（一）主动公开情况',
    ].join('\n');
    expect(paragraphs(parseText(text).blocks)).toEqual([
      '一、总体情况',
      '2025年，本局坚持以公开为常态、不公开为例外，全年主动公开政府信息1268条，其中行政规范性文件8件，政策解读12篇，回应关切23次。',
      '（一）主动公开情况',
    ]);
  });

  it('keeps a short numbered heading apart from the text under it', () => {
    const text = ['五、存在的主要问题及改进情况', '(一) 存在的问题', '一是更新不及时。', '(二) 改进措施', '一是建立提醒机制。'].join('\n');
    expect(paragraphs(parseText(text).blocks)).toEqual(['五、存在的主要问题及改进情况', '(一)存在的问题', '一是更新不及时。', '(二)改进措施', '一是建立提醒机制。']);
  });

  it('finds a table of PDF rows in a paste without section headings', () => {
    const text = ['全年共收到申请如下。', '一、本年新收政府信息公开申请数量 3 1 0 0 0 0 4', '二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1', '以上为本年数据。'].join('\n');
    expect(parseText(text).blocks).toEqual([
      { kind: 'paragraph', text: '全年共收到申请如下。' },
      {
        kind: 'table',
        rows: [
          ['一、本年新收政府信息公开申请数量', '3', '1', '0', '0', '0', '0', '4'],
          ['二、上年结转政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1'],
        ],
      },
      { kind: 'paragraph', text: '以上为本年数据。' },
    ]);
  });

  it('keeps a section heading that trails tabs out of the table before it', () => {
    const text = ['二、主动公开政府信息情况', '规章\t1\t0\t12', '三、收到和处理政府信息公开申请情况\t\t', '一、本年新收政府信息公开申请数量\t\t3\t1\t0\t0\t0\t0\t4'].join('\n');
    expect(parseText(text).blocks).toEqual([
      { kind: 'paragraph', text: '二、主动公开政府信息情况' },
      { kind: 'table', rows: [['规章', '1', '0', '12']] },
      { kind: 'paragraph', text: '三、收到和处理政府信息公开申请情况' },
      { kind: 'table', rows: [['一、本年新收政府信息公开申请数量', '', '3', '1', '0', '0', '0', '0', '4']] },
    ]);
  });

  it('reads a cell such as 「45 万元」 as one cell', () => {
    const text = ['二、主动公开政府信息情况', '第二十条第（八）项', '行政事业性收费 45 万元'].join('\n');
    expect(tables(parseText(text).blocks)).toEqual([[['第二十条第（八）项', '行政事业性收费', '45万元']]]);
  });
});

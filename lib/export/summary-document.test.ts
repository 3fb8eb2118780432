import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/report/checks/findings';
import { reportFromProperties } from '@/lib/report/file/embedding';
import type { DraftReport } from '@/lib/report/file/schema';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { buildDocx } from './docx/document';
import { printModelOf, summaryPrintModel, type PrintBlock } from './print-model';
import { summaryDocx, summaryHtml } from './summary-document';
import { all, gridOf, readBack, textOf } from './testing/docx-read-back';

const today = new Date(2025, 10, 1);
// A sum as lib/summary makes it: a government's report with a scope, the list of what it sums, empty texts.
const sum: DraftReport = {
  ...busyReport(),
  meta: { agency: '某某县', agencyKind: 'government', year: 2025, scope: 'region' },
  summary: {
    of: [
      { agency: '某某县司法局', year: 2025, file: '部门/司法局.docx' },
      { agency: '某某县财政局', year: 2025, file: '财政局.nianbao.json', sha256: 'a'.repeat(64) },
    ],
  },
};
const balance: Finding = { id: 'T3-BALANCE', severity: 'error', path: 'applications.carriedForward.natural', message: '汇总表三自然人一列不平衡来自：某某县司法局（多 1 件）。' };
const headings = (blocks: PrintBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
const paragraphs = (blocks: PrintBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('the summed tables as a document', () => {
  const doc = summaryPrintModel(sum, []);

  it('is titled as the sum of the year and says what it covers and how it was added', () => {
    expect(doc.title).toEqual(['某某县2025年度', '政府信息公开工作年度报告数据汇总']);
    expect(doc.name).toBe('某某县2025年度政府信息公开工作年度报告数据汇总');
    expect(paragraphs(doc.blocks)[0]).toBe(
      '本汇总逐格加总文末所列 2 份2025年度报告的表二、表三、表四（国办公开办函〔2021〕30号格式），统计范围为本行政区域；合计数按同一方法重新计算，行政事业性收费金额（万元）按十进制精确相加。',
    );
    expect(doc.closing).toEqual({ agency: '', date: '' });
    expect(doc.draft).toBeNull();
  });

  it('has the three tables under their headings, cell for cell as a report prints them, then lists the reports it sums', () => {
    expect(headings(doc.blocks)).toEqual(['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '汇总的报告（2 份）']);
    const tables = (blocks: PrintBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []));
    expect(tables(doc.blocks)).toEqual(tables(printModelOf(busyReport(), today).blocks));
    expect(paragraphs(doc.blocks).slice(1)).toEqual(['1. 某某县司法局（部门/司法局.docx）', '2. 某某县财政局（财政局.nianbao.json）']);
  });

  it('is a draft while the sum has an error, listing it', () => {
    const draft = summaryPrintModel(sum, [balance]).draft;
    expect(draft?.banner).toBe('草稿 · 校验未通过');
    expect(draft?.problems).toEqual(['1.【错误】汇总表三自然人一列不平衡来自：某某县司法局（多 1 件）。']);
  });

  it('writes a Word file with the title, the tables in the report geometry, the list, and the sum embedded', async () => {
    const docx = readBack(await summaryDocx(sum, []));
    const body = docx.xml('word/document.xml');
    const paras = all(body, 'p').map(textOf);
    expect(paras.slice(0, 2)).toEqual(['某某县2025年度', '政府信息公开工作年度报告数据汇总']);
    expect(paras.slice(-3)).toEqual(['1. 某某县司法局（部门/司法局.docx）', '2. 某某县财政局（财政局.nianbao.json）', '']);
    const reportDocx = readBack(await buildDocx(printModelOf(busyReport(), today), []));
    const geometry = (d: ReturnType<typeof readBack>) =>
      all(d.xml('word/document.xml'), 'tbl').map((tbl) => {
        const grid = gridOf(tbl);
        return { columns: grid.columns, cells: grid.rows.map((row) => row.map((c) => [c.start, c.span, c.vMerge, c.text])) };
      });
    expect(geometry(docx)).toEqual(geometry(reportDocx));
    const props = new Map([...docx.xml('docProps/custom.xml').getElementsByTagName('property')].map((p) => [p.getAttribute('name') ?? '', p.textContent ?? '']));
    expect(await reportFromProperties(props)).toEqual(sum);
  });

  it('writes a web page with the same title and tables, and the sum as its data', () => {
    const html = summaryHtml(sum, [balance]);
    const page = new JSDOM(html).window.document;
    expect(page.title).toBe('某某县2025年度政府信息公开工作年度报告数据汇总');
    expect(page.querySelector('article > h1')?.innerHTML).toBe('某某县2025年度<br>政府信息公开工作年度报告数据汇总');
    expect(page.querySelectorAll('table')).toHaveLength(3);
    expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '汇总的报告（2 份）',
      '尚未解决的问题',
    ]);
    expect(JSON.parse(page.getElementById('nianbao-report')?.textContent ?? '')).toEqual(sum);
  });
});

import { describe, expect, it } from 'vitest';
import { REPORT_SCRIPT_ID } from '@/lib/report/file/embedding';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { ourDocx, ourHtml } from '../../testing/document-fixtures';
import { readDocx } from '../docx/read';
import { readHtml } from './read';
import type { DocumentBlock } from '../../parsed-document';

const page = ourHtml();
const dataBlock = /<script type="application\/json" id="nianbao-report">[^<]*<\/script>/;
const tablesOf = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const paragraphTexts = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('reading our own web page', () => {
  it('reads back exactly the report in its data block', () => {
    expect(dataBlock.test(page)).toBe(true);
    const read = readHtml(page);
    expect([read.embedded, read.embeddedAltered]).toEqual([busyReport(), false]);
  });

  it('reads it without its data block as three grids, spans expanded, the same as our DOCX', async () => {
    const read = readHtml(page.replace(dataBlock, ''));
    expect([read.embedded, read.embeddedAltered]).toEqual([null, false]);
    const tables = tablesOf(read.document.blocks);
    expect(tables.map((t) => [t.length, t[0]?.length])).toEqual([[14, 4], [28, 10], [4, 15]]);
    expect(tables[1]?.[26]).toEqual(['三、本年度\n办理结果', '（七）总计', '（七）总计', '39', '6', '2', '1', '4', '0', '52']);
    expect(tables[2]?.[1]?.slice(4, 7)).toEqual(['总计', '未经复议直接起诉', '未经复议直接起诉']);
    const docx = await readDocx(await ourDocx());
    expect(docx.ok && tablesOf(docx.document.blocks)).toEqual(tables);
    const paragraphs = paragraphTexts(read.document.blocks);
    expect(paragraphs[0]).toBe('某某市自然资源局\n2025年政府信息公开工作年度报告');
    // The section heading stands once, before its table (the page has no caption).
    expect(paragraphs.filter((p) => p === '三、收到和处理政府信息公开申请情况')).toHaveLength(1);
  });

  it('says the data was altered when the data block no longer reads as a report', () => {
    const read = readHtml(page.replace('"version":1', '"version":1,'));
    expect([read.embedded, read.embeddedAltered, tablesOf(read.document.blocks).length]).toEqual([null, true, 3]);
  });

  it('reads only a JSON script with our id', () => {
    const json = JSON.stringify(busyReport());
    const other = readHtml(`<script type="application/json" id="other">${json}</script><script id="${REPORT_SCRIPT_ID}">${json}</script>`);
    expect([other.embedded, other.embeddedAltered]).toEqual([null, false]);
    const ours = readHtml(`<SCRIPT TYPE=" Application/JSON " ID=${REPORT_SCRIPT_ID}>${json}</SCRIPT >`);
    expect(ours.embedded).toEqual(busyReport());
  });
});

const blocksOf = (html: string) => readHtml(html).document.blocks;

describe('reading any web page', () => {
  it('keeps no markup and no script: only the text a reader sees', () => {
    const blocks = blocksOf(
      '<p>公开<script>alert(1)</script>情况<img src=x onerror="alert(2)"></p><p onclick=alert(3)>&lt;b&gt;是文字&lt;/b&gt;</p>' +
        '<script>document.write("<p>假段落</p>")</script><style>p::after { content: "样式" }</style>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '公开情况' },
      { kind: 'paragraph', text: '<b>是文字</b>' },
    ]);
  });

  it('leaves out the head, templates, noscript, drawings and comments', () => {
    const blocks = blocksOf(
      '<!DOCTYPE html><html><head><title>标题</title><meta charset="utf-8"></head><body><!-- 注释 <p>不是</p> -->' +
        '<template><p>模板</p></template><noscript><p>请启用脚本</p></noscript><svg viewBox="0 0 1 1"><text>图</text></svg>' +
        '<svg class=icon /><h2>一、总体情况</h2></body></html>',
    );
    expect(blocks).toEqual([{ kind: 'paragraph', text: '一、总体情况' }]);
  });

  it('reads CMS markup: uppercase tags, unquoted attributes, unclosed paragraphs and cells, spans, &nbsp; and <br>', () => {
    const blocks = blocksOf(
      '<DIV class=TRS_Editor><P align=center><SPAN style="font-size:16pt">某某局<BR>2024年报告</SPAN>' +
        '<P>&nbsp;&nbsp;&emsp;（一）主动公开&nbsp;情况　</P>正文直接在 div 里<div><div>　　深层&amp;段落</div></div>' +
        '<TABLE border=1><TBODY><TR><TD colSpan=2><SPAN><FONT>第二十条第（一）项</FONT></SPAN><TR><TD>规章<TD>&nbsp;<SPAN>1</SPAN> </TABLE></DIV>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '某某局\n2024年报告' },
      { kind: 'paragraph', text: '（一）主动公开 情况' },
      { kind: 'paragraph', text: '正文直接在 div 里' },
      { kind: 'paragraph', text: '深层&段落' },
      { kind: 'table', rows: [['第二十条第（一）项', '第二十条第（一）项'], ['规章', '1']] },
    ]);
  });

  it('expands rowspan and colspan into every slot and flattens a nested table into its cell', () => {
    const blocks = blocksOf(
      '<table><caption>表四</caption><tr><th colspan="3">行政复议</th><th rowspan="3">总计</th></tr>' +
        '<tr><td rowspan="2">维持</td><td>2</td><td>3</td></tr><tr><td>4</td><td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></td></tr>' +
        '<tr><td colspan="0" rowspan="x">坏</td><td rowspan="9">尾</td></tr></table>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '表四' },
      {
        kind: 'table',
        rows: [
          ['行政复议', '行政复议', '行政复议', '总计'],
          ['维持', '2', '3', '总计'],
          ['维持', '4', '甲\t乙\n丙', '总计'],
          ['坏', '尾', '', ''],
        ],
      },
    ]);
  });

  it('reads ten thousand nested divs and an unclosed tag at the end without an exception', () => {
    const deep = `${'<div>'.repeat(10_000)}深处${'</div>'.repeat(10_000)}<p>后面<a href="x`;
    expect(blocksOf(deep)).toEqual([
      { kind: 'paragraph', text: '深处' },
      { kind: 'paragraph', text: '后面' },
    ]);
    expect(blocksOf('<table>'.repeat(5_000) + '<tr><td>格')).toEqual([{ kind: 'table', rows: [['格']] }]);
  });
});

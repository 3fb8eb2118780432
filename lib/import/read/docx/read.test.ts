import { describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { handmadeDocx, ourDocx, rezip } from '../../testing/document-fixtures';
import { readDocx } from './read';
import type { DocumentBlock } from '../../parsed-document';

const ours = await ourDocx();
const tablesOf = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const paragraphTexts = (blocks: readonly DocumentBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** Our DOCX with one character of the third piece of the embedded report changed. */
const altered = rezip(ours, (name, text) => (name === 'docProps/custom.xml' ? text.replace('name="nianbao.0003"><vt:lpwstr>', '$&X') : text));

describe('reading our own DOCX', () => {
  it('reads back exactly the report it embeds', async () => {
    const read = await readDocx(ours);
    expect(read.ok && read.embedded).toEqual(busyReport());
    expect(read.ok && read.embeddedAltered).toBe(false);
  });

  it('reads its body as paragraphs in order and three tables with their merges expanded', async () => {
    const read = await readDocx(ours);
    if (!read.ok) throw new Error(read.problems.join());
    const paragraphs = paragraphTexts(read.document.blocks);
    expect(paragraphs.slice(0, 4)).toEqual([
      '某某市自然资源局',
      '2025年政府信息公开工作年度报告',
      expect.stringMatching(/^根据《中华人民共和国政府信息公开条例》规定/),
      '一、总体情况',
    ]);
    expect(paragraphs.slice(-2)).toEqual(['某某市自然资源局', '2026年1月16日']);
    const [table2, table3, table4] = tablesOf(read.document.blocks);
    expect([table2, table3, table4].map((t) => [t?.length, t?.[0]?.length])).toEqual([[14, 4], [28, 10], [4, 15]]);
    expect(table2?.slice(4, 7)).toEqual([
      Array(4).fill('第二十条第（五）项'),
      ['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量'],
      ['行政许可', '326', '326', '326'],
    ]);
    // Short labels break between their words, as printed (a w:br between the lines).
    expect(table3?.[2]).toEqual([...Array(3).fill(TABLE3_CORNER), '自然人', '商业\n企业', '科研\n机构', '社会\n公益\n组织', '法律\n服务\n机构', '其他', '总计']);
    expect(table3?.[3]).toEqual([...Array(3).fill('一、本年新收政府信息公开申请数量'), '40', '6', '2', '1', '4', '1', '54']);
    expect(table3?.[9]).toEqual(['三、本年度\n办理结果', '（三）\n不予公开', '3.危及“三安全一稳定”', '1', '0', '0', '0', '0', '0', '1']);
    expect(table3?.[26]).toEqual(['三、本年度\n办理结果', '（七）总计', '（七）总计', '39', '6', '2', '1', '4', '0', '52']);
    expect(table3?.slice(5, 27).map((row) => row[0])).toEqual(Array(22).fill('三、本年度\n办理结果'));
    expect(table4?.[3]).toEqual(['2', '1', '0', '1', '4', '1', '0', '0', '1', '2', '0', '1', '0', '0', '1']);
  });

  it('gives no embedded report, and says the data was altered, when one piece of it was changed', async () => {
    const read = await readDocx(altered);
    expect(read.ok && [read.embedded, read.embeddedAltered, tablesOf(read.document.blocks).length]).toEqual([null, true, 3]);
  });
});

const TABLE3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const tc = (props: string, ...content: string[]) => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${content.join('')}</w:tc>`;

describe('reading any DOCX', () => {
  it('reads runs, tabs, breaks and entities, and a table with gridSpan, vMerge and a nested table', async () => {
    const body = [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
      run('一、总体情况'),
      '</w:p>',
      p('<w:r><w:t xml:space="preserve">本年&lt;共&gt; </w:t></w:r>', '<w:r><w:tab/><w:t>54&#x4EF6;</w:t><w:br/><w:t>&quot;完&apos;&amp;&#20013;</w:t></w:r>'),
      '<w:p/>',
      '<w:tbl><w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>',
      `<w:tr>${tc('<w:gridSpan w:val="2"/>', p(run('信息内容')))}${tc('', p(run('数量')))}</w:tr>`,
      `<w:tr>${tc('<w:vMerge w:val="restart"/>', p(run('行政复议')))}${tc('', p(run('维持')))}${tc('', p(run('2')))}</w:tr>`,
      `<w:tr>${tc('<w:vMerge/>', '<w:p/>')}${tc('', p(run('纠正')))}${tc('', p(run('1')), p(run('（另1件）')))}</w:tr>`,
      `<w:tr>${tc('<w:gridSpan w:val="3"/>', `<w:tbl><w:tr>${tc('', p(run('甲')))}${tc('', p(run('乙')))}</w:tr><w:tr>${tc('', p(run('丙')))}</w:tr></w:tbl>`, '<w:p/>')}</w:tr>`,
      '</w:tbl>',
      p('<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:delText>删去的</w:delText></w:r>', run('结尾')),
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    ].join('');
    const read = await readDocx(handmadeDocx(body));
    expect(read).toEqual({
      ok: true,
      embedded: null,
      embeddedAltered: false,
      document: {
        blocks: [
          { kind: 'paragraph', text: '一、总体情况' },
          { kind: 'paragraph', text: '本年<共> \t54件\n"完\'&中' },
          {
            kind: 'table',
            rows: [
              ['信息内容', '信息内容', '数量'],
              ['行政复议', '维持', '2'],
              ['行政复议', '纠正', '1\n（另1件）'],
              ['甲\t乙\n丙', '甲\t乙\n丙', '甲\t乙\n丙'],
            ],
          },
          { kind: 'paragraph', text: '结尾' },
        ],
      },
    });
  });

  it('reads a text box once, on a line of its own, and not its fallback copy', async () => {
    const box = `<w:txbxContent>${p(run('框内'))}</w:txbxContent>`;
    const alternate = `<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent>`;
    const read = await readDocx(handmadeDocx(p(run('正文'), `<w:r>${alternate}</w:r>`, run('续'))));
    expect(read.ok && read.document.blocks).toEqual([{ kind: 'paragraph', text: '正文\n框内\n续' }]);
  });

  it('reads the custom properties of another program without finding our data in them', async () => {
    const custom =
      '<?xml version="1.0"?><Properties xmlns:vt="v"><property fmtid="{x}" pid="2" name="部门"><vt:lpwstr>办公室 &amp; 法规科</vt:lpwstr></property></Properties>';
    const read = await readDocx(handmadeDocx(p(run('正文')), { 'docProps/custom.xml': custom }));
    expect(read.ok && [read.embedded, read.embeddedAltered]).toEqual([null, false]);
  });
});

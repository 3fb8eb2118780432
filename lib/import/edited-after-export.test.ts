import { describe, expect, it } from 'vitest';
import type { DraftReport } from '@/lib/report/file/schema';
import { setAt } from '@/lib/report/paths';
import { SECTION_HEADINGS } from '@/lib/report/template/sections';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { EDITED_NOTE, READ_BACK_NOTE, editedProseNote, importDocument } from './import-document';
import { ourDocx, ourHtml, rezip } from './testing/document-fixtures';

const html = (text: string) => new TextEncoder().encode(text);

/** The busy report with prose in every field: several paragraphs, quotes, half-width brackets, a fee charged with a note. */
function wordyReport(): DraftReport {
  const busy = busyReport();
  return {
    ...busy,
    overview: {
      ...busy.overview,
      intro: `${busy.overview.intro}\n全年围绕“放管服”改革（含 "一网通办"）推进公开, 公开质量有所提高。`,
      platforms: '升级政府网站信息公开专栏。\n新开通政务新媒体2个。',
    },
    problems: { problems: '一是部分栏目更新不够及时。\n二是政策解读形式较为单一。', improvements: '下一步将增加图解、视频等解读形式。' },
    other: { ...busy.other, fees: { charged: true, cases: 2, amountYuan: '380', note: '均按标准收取。' }, innovation: '推行“政策明白卡”。', others: '无。' },
  };
}

describe('an exported document edited afterwards', () => {
  it('is read as the document now shows it when a number was changed in Word, and says so', async () => {
    const edited = rezip(await ourDocx(), (name, text) => (name === 'word/document.xml' ? text.replace('>40<', '>41<') : text));
    const outcome = await importDocument(edited, '报告.docx');
    expect(outcome.ok && outcome.source).toBe('recognised');
    expect(outcome.ok && outcome.notes[0]).toBe(EDITED_NOTE);
    expect(outcome.ok && outcome.report.applications.received.natural).toBe(41);
    expect(outcome.ok && outcome.report.applications.granted).toEqual(expect.objectContaining(busyReport().applications.granted));
  });

  it('is read back whole from its data when the document shows the same numbers', async () => {
    const outcome = await importDocument(html(ourHtml()), '报告.html');
    expect(outcome.ok && [outcome.source, outcome.notes]).toEqual(['embedded', [READ_BACK_NOTE]]);
  });
});

describe('an exported document whose prose was not touched', () => {
  for (const [name, report] of [
    ['the busy report', busyReport()],
    ['a report with prose in every part, quotes and half-width punctuation', wordyReport()],
    ['a draft, its unresolved problems printed after the closing', setAt(busyReport(), 'applications.carriedForward.natural', 3)],
  ] as const) {
    it(`reads ${name} back whole from the DOCX, nothing said to differ`, async () => {
      const outcome = await importDocument(await ourDocx(report), '报告.docx');
      expect(outcome.ok && [outcome.source, outcome.notes]).toEqual(['embedded', [READ_BACK_NOTE]]);
      expect(outcome.ok && outcome.report).toEqual(report);
    });

    it(`reads ${name} back whole from the web page, nothing said to differ`, async () => {
      const outcome = await importDocument(html(ourHtml(report)), '报告.html');
      expect(outcome.ok && [outcome.source, outcome.notes]).toEqual(['embedded', [READ_BACK_NOTE]]);
      expect(outcome.ok && outcome.report).toEqual(report);
    });
  }

  it('says nothing differs when an editor only changed white space and full-width punctuation to half-width', async () => {
    const page = ourHtml().replace('一是部分栏目更新不够及时；二是', '一是部分栏目更新不够及时;  二是').replace('逐项细化落实措施。', ' 逐项细化落实措施。 ');
    const outcome = await importDocument(html(page), '报告.html');
    expect(outcome.ok && [outcome.source, outcome.notes]).toEqual(['embedded', [READ_BACK_NOTE]]);
  });
});

describe('an exported document whose prose was edited afterwards', () => {
  const ORIGINAL = '二是政策解读形式较为单一';
  const EDITED = '二是政策解读形式仍然比较单一，群众获得感不强';
  const problemsNote = editedProseNote(['problems']);

  it('names the section that differs with the template’s heading', () => {
    expect(problemsNote).toBe(
      `已从年报助手导出的文件中读回报告，但“${SECTION_HEADINGS.problems}”的文字与文件中的年报助手数据不同（可能导出后在 Word 或网页编辑器中改过），已按文档中现在的文字读入，请核对。`,
    );
    expect(problemsNote).toContain('“五、存在的主要问题及改进情况”');
  });

  it('takes 五’s text from a DOCX edited in Word, keeps everything else from its data, and says which section differs', async () => {
    const edited = rezip(await ourDocx(), (name, text) => (name === 'word/document.xml' ? text.replace(ORIGINAL, EDITED) : text));
    const outcome = await importDocument(edited, '报告.docx');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect([outcome.source, outcome.notes]).toEqual(['embedded', [problemsNote]]);
    expect(outcome.report.problems).toEqual({ problems: `一是部分栏目更新不够及时；${EDITED}。`, improvements: busyReport().problems.improvements });
    expect(outcome.report).toEqual({ ...busyReport(), problems: outcome.report.problems });
  });

  it('takes 五’s text from a web page edited in a CMS editor, and says which section differs', async () => {
    const outcome = await importDocument(html(ourHtml().replace(ORIGINAL, EDITED)), '报告.html');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect([outcome.source, outcome.notes]).toEqual(['embedded', [problemsNote]]);
    expect(outcome.report.problems.problems).toBe(`一是部分栏目更新不够及时；${EDITED}。`);
    expect(outcome.report).toEqual({ ...busyReport(), problems: outcome.report.problems });
  });

  it('puts each edited paragraph back in its own field, and names every section that differs', async () => {
    const report = wordyReport();
    const page = ourHtml(report).replace('新开通政务新媒体2个。', '新开通政务新媒体3个。').replace('二是政策解读形式较为单一。', '二是解读形式单一。');
    const outcome = await importDocument(html(page), '报告.html');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.notes).toEqual([editedProseNote(['overview', 'problems'])]);
    expect(outcome.report.overview).toEqual({ ...report.overview, platforms: '升级政府网站信息公开专栏。\n新开通政务新媒体3个。' });
    expect(outcome.report.problems).toEqual({ problems: '一是部分栏目更新不够及时。\n二是解读形式单一。', improvements: report.problems.improvements });
    expect(outcome.report.other).toEqual(report.other);
  });

  it('keeps a section’s data when the document does not show its heading (a cut or damaged page), and 六’s fee when 六 is read anew', async () => {
    const report = wordyReport();
    const page = ourHtml(report);
    const cut = page.replace(/<h2 class="nb-heading1">五、存在的主要问题及改进情况<\/h2>[\s\S]*?(?=<h2 class="nb-heading1">六)/, '');
    expect(cut).not.toContain('五、存在的主要问题及改进情况</h2>');
    const kept = await importDocument(html(cut), '报告.html');
    if (!kept.ok) throw new Error(kept.problems.join('\n'));
    expect([kept.source, kept.notes, kept.report]).toEqual(['embedded', [READ_BACK_NOTE], report]);

    const added = '全年未发生因信息公开引发的舆情。';
    const more = page.replace('推行“政策明白卡”。</p>', `推行“政策明白卡”。</p>\n<p class="nb-paragraph">${added}</p>`);
    expect(more).toContain(added);
    const read = await importDocument(html(more), '报告.html');
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.notes).toEqual([editedProseNote(['other'])]);
    expect(read.report.other.fees).toEqual(report.other.fees);
    expect([read.report.other.innovation, read.report.other.others].join('\n')).toContain(added);
  });

  it('takes a section as the recogniser reads it when a paragraph was added', async () => {
    const added = '三是依申请公开答复质量有待提高。';
    const page = ourHtml().replace(`${ORIGINAL}。</p>`, `${ORIGINAL}。</p>\n<p class="nb-paragraph">${added}</p>`);
    const outcome = await importDocument(html(page), '报告.html');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.notes).toEqual([problemsNote]);
    expect(outcome.report.problems).toEqual({ problems: `一是部分栏目更新不够及时；二是政策解读形式较为单一。\n${added}`, improvements: busyReport().problems.improvements });
  });
});

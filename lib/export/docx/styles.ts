// The document's styles: the 公文 ones the report uses, so that Word's 导航窗格 shows the outline and
// a clerk who applies 「标题 1」 to a new heading gets 黑体 3号, black — not the library's blue
// defaults. 正文 (Normal) is the body; 标题 (Title) the 2号 title; 标题 1–4 the four heading levels of
// typography.md (黑体, 楷体, 仿宋 bold, 仿宋; 5 and 6 as 4); 页脚 (footer) the page number's 4号宋体.
import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { BODY_CHAR, BODY_LINE, FACE, SIZE, fontOf } from './text';

const BLACK = '000000';
export const FOOTER_STYLE = 'Footer';

const heading = (level: number, face: string, bold: boolean) => ({
  id: `Heading${level}`,
  // Word's built-in name, which it shows as 「标题 N」 in a Chinese Word and WPS.
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: fontOf(face), size: SIZE.body * 2, color: BLACK, bold, italics: false },
  paragraph: {
    keepNext: true,
    keepLines: true,
    outlineLevel: level - 1,
    indent: { firstLine: 2 * BODY_CHAR },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  },
});

export function documentStyles(): IStylesOptions {
  const body = { font: fontOf(FACE.body), size: SIZE.body * 2, language: { value: 'en-US', eastAsia: 'zh-CN' } };
  const bodyParagraph = { alignment: AlignmentType.JUSTIFIED, spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } };
  return {
    default: { document: { run: body, paragraph: bodyParagraph } },
    paragraphStyles: [
      // LibreOffice sizes the character grid from Normal's own East-Asian size, so Normal says 16 pt too.
      { id: 'Normal', name: 'Normal', quickFormat: true, run: { ...body, color: BLACK }, paragraph: bodyParagraph },
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fontOf(FACE.title), size: SIZE.title * 2, color: BLACK, bold: false },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      },
      heading(1, FACE.heading1, false),
      heading(2, FACE.heading2, false),
      heading(3, FACE.body, true),
      heading(4, FACE.body, false),
      // Not used by the report, but a clerk may reach for them: black 仿宋, not blue.
      heading(5, FACE.body, false),
      heading(6, FACE.body, false),
      {
        id: FOOTER_STYLE,
        name: 'footer',
        basedOn: 'Normal',
        run: { font: fontOf(FACE.table, FACE.table), size: SIZE.pageNumber * 2, color: BLACK },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    ],
  };
}

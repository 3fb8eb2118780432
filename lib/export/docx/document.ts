// The print model as a DOCX in the GB/T 9704 layout (docs/typography.md). This folder is the only
// one that imports 'docx'; it runs in the browser (imported lazily) and in Node alike.
import { assertXmlSafe } from '@/lib/report/xml-characters';
import type { Paragraph} from 'docx';
import { AlignmentType, Document, DocumentGridType, Footer, Header, HeadingLevel, LineRuleType, Packer, SimpleField, type FileChild } from 'docx';
import { FONT_TABLE } from './ooxml';
import { documentStyles, FOOTER_STYLE } from './styles';
import { tableOf } from './table';
import { BANNER_COLOR, BANNER_TOP_MM, PAGE_MM, PAGE_NUMBER_TOP_MM } from '../page';
import { BODY_CHAR, BODY_LINE, DOC_GRID, FACE, INDENT_TWO, PAGE, SIZE, bodyParagraph, mm, offGridParagraph, pt, run, type RunStyle } from './text';
import type { PrintBlock, PrintDocument } from '../print-model';

const BODY = { face: FACE.body, size: SIZE.body } as const;
/** One 4号 line, single-spaced. */
const PAGE_NUMBER_LINE_PT = 18;
const HEADING = { 1: { face: FACE.heading1, size: SIZE.body }, 2: { face: FACE.heading2, size: SIZE.body } } as const;
const HEADING_STYLE = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;
const blankLine = () => bodyParagraph('', BODY);

const heading = (level: 1 | 2, text: string, pageBreakBefore = false) =>
  bodyParagraph(text, HEADING[level], { heading: HEADING_STYLE[level], indent: INDENT_TWO, keepNext: true, outlineLevel: level - 1, pageBreakBefore });

/** `keepNext`: the last paragraph of the body, which stands on the page of the closing (GB/T 9704). */
function blockOf(block: PrintBlock, keepNext: boolean): FileChild {
  if (block.kind === 'heading') return heading(block.level, block.text);
  if (block.kind === 'paragraph') return bodyParagraph(block.text, BODY, { indent: INDENT_TWO, ...(keepNext ? { keepNext } : {}) });
  return tableOf(block.table);
}

function closingOf({ agency, date }: PrintDocument['closing']): Paragraph[] {
  // 右空四字: the agency and the date end four characters before the right margin.
  // The agency, the date and the blank line above them stay together on one page.
  const lines = [agency, date].filter(Boolean);
  const line = (text: string, i: number) =>
    bodyParagraph(text, BODY, { alignment: AlignmentType.RIGHT, indent: { right: 4 * BODY_CHAR }, ...(i < lines.length - 1 ? { keepNext: true } : {}) });
  return [bodyParagraph('', BODY, lines.length > 0 ? { keepNext: true } : {}), ...lines.map(line)];
}

function problemsOf(draft: PrintDocument['draft']): Paragraph[] {
  if (!draft) return [];
  return [
    heading(1, draft.heading, true),
    bodyParagraph(draft.summary, BODY, { indent: INDENT_TWO }),
    ...draft.problems.map((problem) => bodyParagraph(problem, BODY, { indent: INDENT_TWO })),
  ];
}

/** The page number in 4号宋体, digits too. */
const PAGE_NUMBER: RunStyle = { face: FACE.table, latin: FACE.table, size: SIZE.pageNumber };

/**
 * 「— N —」 one character in from the outer edge: right on odd pages, left on even ones. The PAGE
 * field carries a result (1 on odd pages, 2 on even ones) for viewers that do not compute fields;
 * the footer's style gives that result 4号宋体.
 */
function pageNumber(side: 'odd' | 'even'): Footer {
  const odd = side === 'odd';
  return new Footer({
    children: [
      offGridParagraph({
        style: FOOTER_STYLE,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: pt(SIZE.pageNumber) } : { left: pt(SIZE.pageNumber) },
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [run('— ', PAGE_NUMBER), new SimpleField('PAGE', odd ? '1' : '2'), run(' —', PAGE_NUMBER)],
      }),
    ],
  });
}

const banner = (text: string) =>
  new Header({
    children: [
      offGridParagraph({
        alignment: AlignmentType.CENTER,
        children: [run(text, { face: FACE.heading1, size: SIZE.banner, color: BANNER_COLOR.slice(1).toUpperCase() })],
      }),
    ],
  });

export async function buildDocx(doc: PrintDocument, properties: { name: string; value: string }[]): Promise<Uint8Array<ArrayBuffer>> {
  // The text was cleaned where it entered the report; one forbidden character left would make the file unreadable.
  assertXmlSafe(doc, 'Word 文档');
  assertXmlSafe(properties, 'Word 文档');
  const title = doc.title.map((line) =>
    offGridParagraph({
      style: 'Title',
      alignment: AlignmentType.CENTER,
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: line ? [run(line, { face: FACE.title, size: SIZE.title })] : [],
    }),
  );
  const last = doc.blocks.length - 1;
  const header = doc.draft ? banner(doc.draft.banner) : null;
  const document = new Document({
    title: doc.name,
    creator: '年报助手',
    lastModifiedBy: '年报助手',
    customProperties: properties,
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            // The footer distance is to the foot of the page number's line: one 4号 line below where it starts.
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(BANNER_TOP_MM), footer: mm(PAGE_MM.height - PAGE_NUMBER_TOP_MM) - pt(PAGE_NUMBER_LINE_PT) },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: DOC_GRID.linePitch, charSpace: DOC_GRID.charSpace },
        },
        ...(header ? { headers: { default: header, even: header } } : {}),
        footers: { default: pageNumber('odd'), even: pageNumber('even') },
        children: [...title, blankLine(), ...doc.blocks.map((block, i) => blockOf(block, i === last)), ...closingOf(doc.closing), ...problemsOf(doc.draft)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document, false, [FONT_TABLE]));
}

// An Excel workbook (.xlsx: a zip archive of XML parts) read with the same bounded zip reader and
// XML tokenizer as a DOCX: the sheets in their tab order, each with its stored values, merges and
// column widths (sheet.ts). The `xlsx` package on npm (0.18.5) has a known prototype-pollution flaw
// in reading, and read-excel-file does not report merged cells, which table recognition needs:
// the format is small enough to read here. Never throws.
import { decodeXmlEntities } from '../markup/entities';
import { markupTokens, type MarkupDialect } from '../markup/tokens';
import { isZip, unzipParts } from '../docx/zip';
import { IMPORT_LIMITS, readWorksheet, type SheetLimits, type Worksheet } from './sheet';

const XML: MarkupDialect = { lowerCase: false, decode: decodeXmlEntities, rawText: new Set() };

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** No report workbook has more sheets; further ones are not read. */
export const MAX_SHEETS = 32;

export const NOT_XLSX = '不是 Excel 工作簿（.xlsx）：文件内容不是 Excel 的格式。';
export const BROKEN_XLSX = 'Excel 工作簿（.xlsx）已损坏或不完整（可能没有下载或复制完整），无法读取。';

export type WorkbookRead = { ok: true; sheets: Worksheet[] } | { ok: false; problems: string[] };

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The sheets as the workbook lists them: name and relationship id. */
function sheetList(xml: string): { name: string; id: string }[] {
  const sheets: { name: string; id: string }[] = [];
  for (const token of markupTokens(xml, XML)) {
    if (token.kind !== 'open' || localName(token.name) !== 'sheet') continue;
    const id = [...token.attributes].find(([key]) => localName(key) === 'id')?.[1];
    if (id !== undefined) sheets.push({ name: token.attributes.get('name') ?? '', id });
  }
  return sheets;
}

/** Relationship id → part name inside the archive (targets are relative to xl/, or absolute). */
function relationships(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const token of markupTokens(xml, XML)) {
    if (token.kind !== 'open' || localName(token.name) !== 'Relationship') continue;
    const id = token.attributes.get('Id');
    const target = token.attributes.get('Target');
    if (id === undefined || target === undefined || targets.has(id)) continue;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  return targets;
}

/** The shared strings, in order: each item's text runs, without its phonetic guide (rPh). */
export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let item: string | null = null;
  let inText = 0;
  let phonetic = 0;
  for (const token of markupTokens(xml, XML)) {
    const name = token.kind === 'open' || token.kind === 'close' ? localName(token.name) : '';
    if (token.kind === 'open' && !token.selfClosing) {
      if (name === 'si') item = '';
      else if (name === 't') inText++;
      else if (name === 'rPh') phonetic++;
    } else if (token.kind === 'open' && name === 'si') {
      strings.push('');
    } else if (token.kind === 'close') {
      if (name === 'si' && item !== null) {
        strings.push(item);
        item = null;
      } else if (name === 't') inText = Math.max(0, inText - 1);
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
    } else if (token.kind === 'text' && item !== null && inText > 0 && phonetic === 0) {
      item += token.text;
    }
  }
  return strings;
}

/** The zip reader's refusals speak of a Word file: here they speak of a workbook. */
const xlsxProblems = (problems: readonly string[]) => problems.map((p) => p.replace('Word 文档（.docx）', 'Excel 工作簿（.xlsx）').replace('Word 文档', 'Excel 工作簿'));

/** Whether a zip archive is a workbook (has xl/workbook.xml), without inflating anything else. */
export function isWorkbook(bytes: Uint8Array): boolean {
  const read = unzipParts(bytes, [WORKBOOK_PART]);
  return read.ok && read.parts.has(WORKBOOK_PART);
}

export function readWorkbook(bytes: Uint8Array, limits: SheetLimits = IMPORT_LIMITS): WorkbookRead {
  if (!isZip(bytes)) return { ok: false, problems: [NOT_XLSX] };
  const head = unzipParts(bytes, [WORKBOOK_PART, WORKBOOK_RELS, SHARED_STRINGS]);
  if (!head.ok) return { ok: false, problems: xlsxProblems(head.problems) };
  const workbook = head.parts.get(WORKBOOK_PART);
  if (workbook === undefined) return { ok: false, problems: [NOT_XLSX] };
  const targets = relationships(head.parts.get(WORKBOOK_RELS) ?? '');
  const listed = sheetList(workbook)
    .slice(0, MAX_SHEETS)
    .flatMap((sheet) => {
      const part = targets.get(sheet.id);
      return part ? [{ ...sheet, part }] : [];
    });
  const body = unzipParts(bytes, listed.map((sheet) => sheet.part));
  if (!body.ok) return { ok: false, problems: xlsxProblems(body.problems) };
  const strings = sharedStrings(head.parts.get(SHARED_STRINGS) ?? '');
  const sheets = listed.flatMap((sheet) => {
    const xml = body.parts.get(sheet.part);
    return xml === undefined ? [] : [readWorksheet(sheet.name, xml, strings, limits)];
  });
  return { ok: true, sheets };
}

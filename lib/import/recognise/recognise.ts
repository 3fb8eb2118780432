// A published report recognised from its paragraphs and table grids (pasted text, or a DOCX or web
// page read into the same shape) into a new draft. Nothing is guessed: a cell whose number is not
// found stays blank and is listed in `missing`; printed totals are kept for the checks to compare.
import { xmlSafeStrings } from '@/lib/report/xml-characters';
import { emptyReport } from '@/lib/report/empty-report';
import type { TableId } from '@/lib/report/template/layout';
import { getAt, setAt } from '@/lib/report/paths';
import { RESULTS_TOTAL, TABLE3_COLUMNS } from '@/lib/report/template/table3';
import { DraftReportSchema, type DraftReport } from '@/lib/report/file/schema';
import { takeClosing } from './closing';
import { closingContactParagraphs, contactNote, recogniseContact } from './contact';
import { locateTables } from './tables/locate';
import { mapTable2, skipTable2 } from './tables/table2';
import { mapTable3 } from './tables/table3';
import { mapTable4 } from './tables/table4';
import { outlineOf } from './outline';
import { coverage } from './coverage';
import type { ImportResult, ParsedDocument, ReportFormat } from '../parsed-document';
import { recogniseMeta } from './meta';
import { contactMovedNote, metaNotes, NO_TABLES_NOTE, proseNotes, tableNotes, TRIAL_FORMAT_NOTE } from './notes';
import { recogniseOther } from './other';
import { joinParagraphs, recogniseOverview, recogniseProblems } from './prose';
import { TableWrites } from './tables/writes';

/** How many paragraphs from the start the first sentence naming agency and year is looked for in. */
const OPENING_PARAGRAPHS = 6;
const GOVERNMENT_SUFFIX = '人民政府';
/** How many paragraphs at the end of the last section are read for contact details. */
const CLOSING_PARAGRAPHS = 3;

const RESULTS_TOTAL_PATH = `applications.${RESULTS_TOTAL.key}`;

/** The three tables found and read into cell writes (表二 only noted in the trial format). */
function tableWrites(doc: ParsedDocument) {
  const located = locateTables(doc.blocks);
  const writes = new TableWrites();
  if (located.trialFormat) skipTable2(located.grids.table2, writes);
  else mapTable2(located.grids.table2, writes);
  mapTable3(located.grids.table3, writes);
  mapTable4(located.grids.table4, writes);
  return { located, writes };
}

/**
 * The tables' numbers as the document shows them, by cell path — what recogniseReport writes into
 * the report's table cells, without recognising the rest (the check that an export was edited).
 */
export const recogniseTableValues = (read: ParsedDocument): ReadonlyMap<string, number | string> => tableWrites(xmlSafeStrings(read)).writes.values;

export function recogniseReport(read: ParsedDocument): ImportResult {
  // Whatever the reader found (a page's &#xFFFF;, a PDF's stray control character) enters the
  // report without the characters no export could carry.
  const doc = xmlSafeStrings(read);
  const outline = outlineOf(doc.blocks);
  const meta = recogniseMeta(outline.front, [...outline.front, ...outline.sections.overview].slice(0, OPENING_PARAGRAPHS));
  const last = outline.found[outline.found.length - 1];
  const closing = takeClosing(last ? outline.sections[last] : [], meta.agency);
  // Contact details stand in the preface or in the closing paragraphs of the last section; a
  // closing paragraph that only gives them moves to the end of the preface, where the app prints them.
  const contact = recogniseContact([...meta.preface, ...closing.paragraphs.slice(-CLOSING_PARAGRAPHS)]);
  const closingContact = closingContactParagraphs(closing.paragraphs);
  if (last) outline.sections[last] = closingContact.kept;
  const overview = recogniseOverview(outline.sections.overview);
  const problems = recogniseProblems(outline.sections.problems);
  const other = recogniseOther(outline.sections.other);

  const { located, writes } = tableWrites(doc);

  const preface = joinParagraphs([...meta.preface, ...closingContact.contact]);
  const empty = emptyReport({ agency: meta.agency, year: meta.year, agencyKind: meta.agency.endsWith(GOVERNMENT_SUFFIX) ? 'government' : 'department' });
  let report: DraftReport = {
    ...empty,
    meta: {
      ...empty.meta,
      ...(contact.website ? { website: contact.website } : {}),
      ...(contact.contact ? { contact: contact.contact } : {}),
      ...(closing.issuedOn ? { issuedOn: closing.issuedOn } : {}),
    },
    ...(preface ? { preface } : {}),
    overview: overview.overview,
    problems: problems.problems,
    other: other.other,
  };
  for (const [path, value] of writes.values) report = setAt(report, path, value);
  // A printed （七）总计 row is all or nothing in the file format: cells that could not be read
  // in it are blank (null), never missing.
  if (getAt(report, RESULTS_TOTAL_PATH) !== undefined) {
    for (const column of TABLE3_COLUMNS) {
      const path = `${RESULTS_TOTAL_PATH}.${column.key}`;
      if (getAt(report, path) === undefined) report = setAt(report, path, null);
    }
  }
  report = DraftReportSchema.parse(report);

  const format: ReportFormat = located.trialFormat ? '60号' : writes.values.size > 0 ? '30号' : '未识别';
  const skipped: TableId[] = located.trialFormat ? ['table2'] : [];
  const notes = [
    ...(format === '60号' ? [TRIAL_FORMAT_NOTE] : []),
    ...metaNotes(meta),
    ...(format === '未识别' ? [] : [contactNote(contact)]),
    ...(last && closingContact.contact.length > 0 ? [contactMovedNote(last)] : []),
    ...proseNotes({ found: outline.found, overviewParted: overview.parted, problemsSplit: problems.split, improvementsOpening: problems.opening, report, feeSentence: other.feeSentence }),
    ...writes.notes,
    ...(format === '未识别' ? [NO_TABLES_NOTE] : tableNotes({ found: writes.values, notNumbers: writes.notNumbers, skipped })),
  ];
  return {
    report,
    format,
    source: 'recognised',
    ...coverage((path) => writes.values.has(path), writes),
    notes,
  };
}

// A stored draft with the journal's changes on top, validated as a draft record: apart from the
// journal itself (./journal), so the wizard's first load carries the journal's writing without the
// draft schemas and zod (opening a draft loads them: components/wizard/draft-session.ts).
import { xmlSafeStrings } from '@/lib/report/xml-characters';
import { setAt } from '@/lib/report/paths';
import type { JournalChanges } from './journal';
import { DraftRecordSchema, type DraftRecord } from './record';

/** The stored draft with the journal's changes on top, or null when that would not be a valid draft. */
export function applyJournal(record: DraftRecord, journal: JournalChanges): DraftRecord | null {
  let report: unknown = record.report;
  for (const [path, value] of Object.entries(journal.values)) report = path === '' ? value : setAt(report, path, value);
  const inputs = { ...record.inputs };
  for (const [path, text] of Object.entries(journal.typed)) {
    if (text === null) delete inputs[path];
    else inputs[path] = text;
  }
  const parsed = DraftRecordSchema.safeParse({ ...record, report: xmlSafeStrings(report), inputs, step: journal.step ?? record.step });
  return parsed.success ? parsed.data : null;
}

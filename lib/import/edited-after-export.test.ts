import { describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { EDITED_NOTE, READ_BACK_NOTE, importDocument } from './import-document';
import { ourDocx, ourHtml, rezip } from './testing/document-fixtures';

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
    const outcome = await importDocument(new TextEncoder().encode(ourHtml()), '报告.html');
    expect(outcome.ok && [outcome.source, outcome.notes]).toEqual(['embedded', [READ_BACK_NOTE]]);
  });
});

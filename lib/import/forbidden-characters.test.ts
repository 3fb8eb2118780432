// An ordinary web page with &#xFFFF; in it once made a DOCX that LibreOffice refused to open: the
// characters XML forbids are dropped where the page's text enters the report (xml-characters.ts).
// Needs soffice and pdfinfo, like the DOCX render test; run it under the shared lock.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forbiddenCharacter } from '@/lib/report/xml-characters';
import { importDocument } from './import-document';
import { ourDocx, ourHtml } from './testing/document-fixtures';

/** The busy report recognised from its page prints on this many A4 pages. */
const PAGES = 5;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-xml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page as a CMS shows the report (no data block), with forbidden characters as entities in its prose. */
function hostilePage(): string {
  const page = ourHtml().replace(/<script[\s\S]*?<\/script>/, '');
  const hostile = page.replace('。', '&#xFFFF;。&#x1;&#xFFFE;&#x0B;&#x1F;');
  expect(hostile).not.toBe(page);
  return hostile;
}

describe('a web page holding characters XML forbids', () => {
  it('imports without them, and its DOCX opens in LibreOffice', async () => {
    const outcome = await importDocument(new TextEncoder().encode(hostilePage()), '报告.html');
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.source).toBe('recognised');
    expect(forbiddenCharacter(JSON.stringify(outcome.report))).toBeNull();
    expect(JSON.stringify(outcome.report)).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f])/);
    const file = join(dir, 'hostile.docx');
    writeFileSync(file, await ourDocx(outcome.report));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000, stdio: 'ignore' });
    const info = execFileSync('pdfinfo', [join(dir, 'hostile.pdf')], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(PAGES);
  }, 120_000);
});

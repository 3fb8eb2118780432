// An HTML page as the importer reads it: the report our export embedded in its inert
// <script type="application/json" id="nianbao-report"> when it is there and valid, and always the
// page's paragraphs and tables for recognition. Nothing else of any script is kept, and nothing
// is ever run: the page is only tokenized.
import { REPORT_SCRIPT_ID } from '@/lib/report/file/embedding';
import type { DraftReport } from '@/lib/report/file/schema';
import { decodeHtmlEntities } from '../markup/entities';
import { markupTokens, type MarkupDialect } from '../markup/tokens';
import { HtmlDocumentReader } from './page-reader';
import type { ParsedDocument } from '../../parsed-document';
import { readReportText } from '@/lib/report/file/read';

const HTML: MarkupDialect = {
  lowerCase: true,
  decode: decodeHtmlEntities,
  rawText: new Set(['script', 'style', 'title', 'textarea', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes']),
};

export type HtmlRead = {
  /** The report our export embedded, or null when there is none or it is not a valid report. */
  embedded: DraftReport | null;
  /** Our export's data block is there but does not read as a report: it was changed. */
  embeddedAltered: boolean;
  document: ParsedDocument;
};

const isReportData = (attributes: ReadonlyMap<string, string>) =>
  attributes.get('id') === REPORT_SCRIPT_ID && attributes.get('type')?.trim().toLowerCase() === 'application/json';

export function readHtml(text: string): HtmlRead {
  const reader = new HtmlDocumentReader();
  let data: string | null = null;
  for (const token of markupTokens(text, HTML)) {
    if (token.kind === 'raw') {
      if (token.name === 'script' && data === null && isReportData(token.attributes)) data = token.text;
    } else if (token.kind === 'open') {
      reader.open(token.name, token.attributes, token.selfClosing);
    } else if (token.kind === 'close') {
      reader.close(token.name);
    } else {
      reader.text(token.text);
    }
  }
  const read = data === null ? null : readReportText(data);
  const embedded = read?.ok ? read.report : null;
  return { embedded, embeddedAltered: data !== null && embedded === null, document: reader.finish() };
}

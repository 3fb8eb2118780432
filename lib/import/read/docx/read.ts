// A DOCX as the importer reads it: the report embedded by our own export (custom document
// properties, see lib/report/file/embedding.ts) when it is there and intact, and always the
// body's paragraphs and tables for recognition. Never throws.
import { COUNT_PROPERTY, reportFromProperties } from '@/lib/report/file/embedding';
import type { DraftReport } from '@/lib/report/file/schema';
import { decodeXmlEntities } from '../markup/entities';
import { markupTokens } from '../markup/tokens';
import { docxBody } from './body';
import { BROKEN_DOCX, unzipParts } from './zip';
import type { ParsedDocument } from '../../parsed-document';
import { documentTooLarge } from '../../limits';

const DOCUMENT_PART = 'word/document.xml';
const PROPERTIES_PART = 'docProps/custom.xml';

export const NO_DOCUMENT_PART = '文件是压缩包，但里面没有 Word 正文（word/document.xml），不是 Word 文档（.docx）。';

export type DocxRead =
  | {
      ok: true;
      /** The report our export embedded, or null when there is none or it does not check out. */
      embedded: DraftReport | null;
      /** Our export's data is there but was changed or cut: the caller says so and recognises instead. */
      embeddedAltered: boolean;
      document: ParsedDocument;
    }
  | { ok: false; problems: string[] };

/** Custom properties, name → value (the text of the property's vt:* value element). */
function customProperties(xml: string): Map<string, string> {
  const properties = new Map<string, string>();
  let name: string | null = null;
  let inValue = false;
  let value = '';
  for (const token of markupTokens(xml, { lowerCase: false, decode: decodeXmlEntities, rawText: new Set() })) {
    if (token.kind === 'open' && token.name.endsWith('property')) {
      name = token.attributes.get('name') ?? null;
      value = '';
    } else if (token.kind === 'open' && token.name.startsWith('vt:')) {
      inValue = !token.selfClosing;
    } else if (token.kind === 'text' && name !== null && inValue) {
      value += token.text;
    } else if (token.kind === 'close' && token.name.startsWith('vt:')) {
      inValue = false;
    } else if (token.kind === 'close' && token.name.endsWith('property')) {
      if (name !== null && !properties.has(name)) properties.set(name, value);
      name = null;
    }
  }
  return properties;
}

/** A real document.xml has a body, closed: anything else is a part that was cut or overwritten. */
const isWholeBody = (xml: string) => /<w:body[\s>]/.test(xml) && xml.includes('</w:body>');

export async function readDocx(bytes: Uint8Array): Promise<DocxRead> {
  const large = documentTooLarge(bytes.byteLength);
  if (large) return { ok: false, problems: [large] };
  const unzipped = unzipParts(bytes, [DOCUMENT_PART, PROPERTIES_PART]);
  if (!unzipped.ok) return unzipped;
  const xml = unzipped.parts.get(DOCUMENT_PART);
  if (xml === undefined) return { ok: false, problems: [NO_DOCUMENT_PART] };
  if (!isWholeBody(xml)) return { ok: false, problems: [BROKEN_DOCX] };
  const properties = customProperties(unzipped.parts.get(PROPERTIES_PART) ?? '');
  const present = properties.has(COUNT_PROPERTY);
  const embedded = present ? await reportFromProperties(properties) : null;
  return { ok: true, embedded, embeddedAltered: present && embedded === null, document: docxBody(xml) };
}

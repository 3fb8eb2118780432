// Small PDF files written by hand, for the reader's refusals: a page with a drawing and no text (a
// scan has images, not text, and reads the same), a file locked with an open password (an
// /Encrypt dictionary whose user key no empty password opens), and one cut short. Test helper.
const encoder = new TextEncoder();

/** A one-page A4 PDF whose page draws `content`, with a correct cross-reference table. */
export function handMadePdf(content: string, trailerExtra = ''): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${encoder.encode(content).length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(encoder.encode(text).length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = encoder.encode(text).length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return encoder.encode(text);
}

/** A page with lines drawn and no text at all: what a scanned report is to a text reader. */
export const pdfWithoutText = (): Uint8Array => handMadePdf('0 0 0 RG 72 700 m 520 700 l S 72 600 448 80 re S');

/** A page with a line of text. */
export const pdfWithText = (text: string): Uint8Array => handMadePdf(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`);

const HEX_32 = '<' + '0123456789abcdef'.repeat(4) + '>';
/** Encrypted with an open password (RC4, revision 2): the empty password does not open it. */
export const lockedPdf = (): Uint8Array => handMadePdf('BT /F1 12 Tf 72 720 Td (secret) Tj ET', `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${HEX_32} /U ${HEX_32} /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] `);

// The two things of WordprocessingML the docx library (9.15) cannot write, written here and only
// here: a font table naming each face with its alternative name and the Chinese character set (the
// library's table lists embedded fonts only), and a paragraph that stays off the document grid
// (w:pPr/w:snapToGrid; the library has it for runs only, which LibreOffice ignores).
import { Paragraph, type IContext, type IXmlableObject } from 'docx';
import { FACES, LATIN_FACE, type FaceRole } from '../page';

type FontEntry = { name: string; altName?: string; panose: string; charset: string; family: string; pitch: string; sig: readonly string[] };

/** usb0–usb3, csb0–csb1 as Word and WPS write them for a face with the GB2312 code page (csb0 bit 18). */
const GB2312_SIG = ['00000001', '080E0000', '00000000', '00000000', '00040000', '00000000'] as const;
const SONG_SIG = ['00000003', '288F0000', '00000006', '00000000', '00040001', '00000000'] as const;

/** The PANOSE class and family of each face: Word substitutes a missing face by these and the charset. */
const WORD_FONT: Record<FaceRole, Omit<FontEntry, 'name' | 'altName' | 'charset'>> = {
  body: { panose: '02010609030101010101', family: 'modern', pitch: 'default', sig: GB2312_SIG },
  title: { panose: '02010600030101010101', family: 'auto', pitch: 'default', sig: SONG_SIG },
  heading1: { panose: '02010609060101010101', family: 'modern', pitch: 'default', sig: ['800002BF', '38CF7CFA', '00000016', '00000000', '00040001', '00000000'] },
  heading2: { panose: '02010609030101010101', family: 'modern', pitch: 'default', sig: GB2312_SIG },
  table: { panose: '02010600030101010101', family: 'auto', pitch: 'default', sig: SONG_SIG },
};

/** 86 is GB2312, the character set of simplified Chinese (w:charset). */
export const GB2312_CHARSET = '86';

export const FONT_ENTRIES: readonly FontEntry[] = [
  ...(Object.keys(FACES) as FaceRole[]).map((role) => ({ name: FACES[role].name, altName: FACES[role].altName, charset: GB2312_CHARSET, ...WORD_FONT[role] })),
  { name: LATIN_FACE, panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable', sig: ['20007A87', '80000000', '00000008', '00000000', '000001FF', '00000000'] },
];

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function fontXml({ name, altName, panose, charset, family, pitch, sig }: FontEntry): string {
  const [usb0, usb1, usb2, usb3, csb0, csb1] = sig;
  return (
    `<w:font w:name="${attr(name)}">` +
    (altName ? `<w:altName w:val="${attr(altName)}"/>` : '') +
    `<w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/>` +
    `<w:sig w:usb0="${usb0}" w:usb1="${usb1}" w:usb2="${usb2}" w:usb3="${usb3}" w:csb0="${csb0}" w:csb1="${csb1}"/>` +
    '</w:font>'
  );
}

/** word/fontTable.xml, given to the packer in place of the library's (empty) one. */
export const FONT_TABLE = {
  path: 'word/fontTable.xml',
  data:
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    FONT_ENTRIES.map(fontXml).join('') +
    '</w:fonts>',
} as const;

/** What follows w:snapToGrid in w:pPr (CT_PPrBase): it must be written before the first of these. */
const AFTER_SNAP_TO_GRID = new Set(['w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc', 'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr', 'w:sectPr', 'w:pPrChange']);

const keyOf = (node: unknown) => (typeof node === 'object' && node !== null ? Object.keys(node)[0] : undefined);

/**
 * A paragraph that keeps its own pitch on a page with a character grid: the title, table cells,
 * the header and the footer (typography.md). Its w:pPr gets <w:snapToGrid w:val="0"/> in schema order.
 */
export class OffGridParagraph extends Paragraph {
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const xml = super.prepForXml(context);
    const children = xml?.['w:p'];
    if (!Array.isArray(children)) return xml;
    const snap = { 'w:snapToGrid': { _attr: { 'w:val': false } } };
    const pPr = children.find((child) => keyOf(child) === 'w:pPr') as { 'w:pPr': unknown[] } | undefined;
    if (!pPr) {
      children.unshift({ 'w:pPr': [snap] });
      return xml;
    }
    const at = pPr['w:pPr'].findIndex((child) => AFTER_SNAP_TO_GRID.has(keyOf(child) ?? ''));
    pPr['w:pPr'].splice(at < 0 ? pPr['w:pPr'].length : at, 0, snap);
    return xml;
  }
}

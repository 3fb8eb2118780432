// Character references in XML and HTML text: the five XML names, the HTML names that Chinese CMS
// pages actually use, and numeric references. Anything else is left as it stands.

const XML_NAMES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const HTML_NAMES: Readonly<Record<string, string>> = {
  ...XML_NAMES,
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  middot: '·',
  bull: '•',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  times: '×',
  divide: '÷',
  plusmn: '±',
  deg: '°',
  permil: '‰',
  sect: '§',
  para: '¶',
  copy: '©',
  reg: '®',
  trade: '™',
  yen: '¥',
  le: '≤',
  ge: '≥',
  ne: '≠',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
};

/** Names a browser also reads without the closing semicolon (`&nbsp` in old CMS output). */
const HTML_LEGACY = new Set(['nbsp', 'amp', 'lt', 'gt', 'quot', 'copy', 'reg']);

const REFERENCE = /&(?:#([0-9]{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

function codePoint(n: number): string {
  const valid = n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff);
  return valid ? String.fromCodePoint(n) : '\uFFFD';
}

function decodeWith(text: string, names: Readonly<Record<string, string>>, legacy: ReadonlySet<string> | null): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined, semicolon: string) => {
    if (!semicolon && !legacy) return whole;
    if (decimal !== undefined) return codePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return codePoint(Number.parseInt(hex, 16));
    if (name === undefined || !Object.hasOwn(names, name) || (!semicolon && !legacy?.has(name))) return whole;
    return names[name] ?? whole;
  });
}

export const decodeXmlEntities = (text: string): string => decodeWith(text, XML_NAMES, null);
export const decodeHtmlEntities = (text: string): string => decodeWith(text, HTML_NAMES, HTML_LEGACY);

// Characters XML 1.0 forbids (§2.2, Char): C0 controls other than tab, line feed and carriage
// return (NUL among them), U+FFFE, U+FFFF and lone surrogates. One of them in any text makes the
// DOCX unreadable (LibreOffice and Word refuse the part), so text is cleaned of them where it
// enters the report — typing, paste, import, a report file, a stored draft — and the exporters
// assert that none is left.

/** Word's line break (U+000B) and page break (U+000C) become a line break; the rest go. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');
const AS_LINE_BREAK = new Set(['\u000B', '\u000C']);

/** The text without the characters XML forbids. */
export function xmlSafeText(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, (c) => (AS_LINE_BREAK.has(c) ? '\n' : '')) : text;
}

/** Every string inside `value` (objects and arrays, as JSON holds them) made safe; the same object when nothing changed. */
export function xmlSafeStrings<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => xmlSafeStrings(item));
    return items.some((item, i) => item !== value[i]) ? (items as T) : value;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]: [string, unknown]) => {
      const safe = xmlSafeStrings(item);
      if (safe !== item) changed = true;
      return [key, safe] as const;
    });
    return changed ? (Object.fromEntries(entries) as T) : value;
  }
  return value;
}

/** 「U+FFFF」: the first forbidden character of the text, or null. */
export function forbiddenCharacter(text: string): string | null {
  const found = FORBIDDEN.exec(text);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** Throws when a forbidden character is left in any string of `value`: an exporter's last guard. */
export function assertXmlSafe(value: unknown, what: string): void {
  if (typeof value === 'string') {
    const found = forbiddenCharacter(value);
    if (found) throw new Error(`${what}中有 XML 不允许的字符 ${found}，未能导出。`);
  } else if (Array.isArray(value)) {
    for (const item of value) assertXmlSafe(item, what);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) assertXmlSafe(item, what);
  }
}

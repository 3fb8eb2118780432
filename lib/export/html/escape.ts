// Escaping for the HTML export: everything a clerk typed becomes text, never markup.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe as element content and as a quoted attribute value. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/**
 * JSON safe inside <script type="application/json">: with <, > and & as \u escapes no text can
 * close the element or open a comment, and U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A CSS string literal that cannot end the string, the rule or the <style> element. */
export const cssString = (text: string): string =>
  `"${text.replace(/[^\p{L}\p{N}\p{Zs}·（）、，。：；-]/gu, (c) => `\\${c.codePointAt(0)?.toString(16) ?? ''} `)}"`;

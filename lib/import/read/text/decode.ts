// The text of a file that is not a zip: UTF-8 (with or without BOM), UTF-16 with a BOM (Word's
// 「Unicode 文本」), or a web page that declares GB2312/GBK/GB18030 (older government sites).
// Null when the bytes are none of these: binary, or text in an encoding we cannot tell.

/** How far into a page its charset declaration is looked for. */
const HEAD_BYTES = 64 * 1024;
const GB_DECLARATION = /charset\s*=\s*["']?\s*(?:gb2312|gbk|gb18030)/i;

function decode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAny(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be');
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  // A CMS page's <head> can run long (scripts, Word's styles) before its charset meta.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  return GB_DECLARATION.test(head) ? decode(bytes, 'gb18030') : null;
}

/** Text of the file without BOM, or null for binary (undecodable, or holding NUL characters). */
export function decodeText(bytes: Uint8Array): string | null {
  const text = decodeAny(bytes);
  return text === null || text.includes('\u0000') ? null : text;
}

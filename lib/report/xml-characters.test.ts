import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertXmlSafe, forbiddenCharacter, xmlSafeStrings, xmlSafeText } from './xml-characters';

/** XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
function isXmlChar(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd || (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || (codePoint >= 0x10000 && codePoint <= 0x10ffff);
}

describe('xmlSafeText', () => {
  it('removes NUL, C0 controls, U+FFFE, U+FFFF and lone surrogates, and keeps tab, line breaks and pairs', () => {
    expect(xmlSafeText('收到\u0000申请\uFFFF1件\uFFFE，\u0001\u001F\u007F')).toBe('收到申请1件，\u007F');
    expect(xmlSafeText('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(xmlSafeText('𠮷\uD842x\uDFB7y')).toBe('𠮷xy');
    expect(xmlSafeText('\uDFB7\uD842')).toBe('');
  });

  it("turns Word's line break and page break into a line break", () => {
    expect(xmlSafeText('第一行\u000B第二行\u000C第三行')).toBe('第一行\n第二行\n第三行');
  });

  it('leaves only characters XML 1.0 allows, whatever the UTF-16 units', () => {
    const unit = fc.oneof(fc.integer({ min: 0, max: 0x3f }), fc.integer({ min: 0xd7f0, max: 0xe010 }), fc.integer({ min: 0xfff0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = String.fromCharCode(...units);
        const safe = xmlSafeText(text);
        for (const char of safe) expect(isXmlChar(char.codePointAt(0) ?? -1)).toBe(true);
        expect(xmlSafeText(safe)).toBe(safe);
        // Nothing allowed is lost: the allowed characters of the text, in order.
        const kept = [...text].filter((c) => isXmlChar(c.codePointAt(0) ?? -1) || c === '\u000B' || c === '\u000C').join('').replace(/[\u000B\u000C]/g, '\n');
        expect(safe).toBe(kept);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});

describe('xmlSafeStrings', () => {
  it('cleans every string in objects and arrays, keys and other values untouched', () => {
    expect(xmlSafeStrings({ a: 'x\uFFFF', b: [1, null, 'y\u0000'], c: { d: true, e: 'ok' } })).toEqual({ a: 'x', b: [1, null, 'y'], c: { d: true, e: 'ok' } });
  });

  it('hands back the same object when nothing needed cleaning', () => {
    const clean = { a: 'x', b: [1, 'y'], c: { d: 'z' } };
    expect(xmlSafeStrings(clean)).toBe(clean);
  });
});

describe('assertXmlSafe', () => {
  it('names the first forbidden character, deep inside', () => {
    expect(forbiddenCharacter('ab\uFFFF')).toBe('U+FFFF');
    expect(forbiddenCharacter('\u0000')).toBe('U+0000');
    expect(forbiddenCharacter('\uD842')).toBe('U+D842');
    expect(forbiddenCharacter('𠮷')).toBeNull();
    expect(() => assertXmlSafe({ blocks: [{ text: 'a\u0001' }] }, 'Word 文档')).toThrow('Word 文档中有 XML 不允许的字符 U+0001，未能导出。');
    expect(() => assertXmlSafe({ blocks: [{ text: 'a\t𠮷' }] }, 'Word 文档')).not.toThrow();
  });
});

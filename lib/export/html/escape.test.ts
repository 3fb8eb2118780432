import { describe, expect, it } from 'vitest';
import { cssString, escapeHtml, jsonForScript } from './escape';

describe('escaping for the HTML export', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml(`a&b<c>d"e'f 机关`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f 机关');
  });

  it('writes JSON that cannot close its script element and still parses to the same value', () => {
    const value = { text: '</script><!-- & \u2028\u2029 “引号”' };
    const json = jsonForScript(value);
    expect(json).toBe('{"text":"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029 “引号”"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('quotes CSS strings so that no quote, backslash or tag can end them', () => {
    expect(cssString('草稿 · 校验未通过')).toBe('"草稿 · 校验未通过"');
    expect(cssString('a"}</style>\\')).toBe('"a\\22 \\7d \\3c \\2f style\\3e \\5c "');
  });
});

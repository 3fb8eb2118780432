import { describe, expect, it } from 'vitest';
import { cleanTypedText } from './typed-text';

/** The part of a text field cleanTypedText uses. */
function field(value: string, caret: number | null) {
  const state = { value, selectionStart: caret, selection: null as [number, number] | null };
  return Object.assign(state, {
    setSelectionRange(start: number, end: number) {
      state.selection = [start, end];
    },
  });
}

describe('cleanTypedText', () => {
  it('drops a pasted U+FFFF and NUL from the field itself and keeps the caret after what was typed', () => {
    const f = field('收到\uFFFF申请\u0000|后', 6);
    expect(cleanTypedText(f as unknown as HTMLInputElement)).toBe('收到申请|后');
    expect(f.value).toBe('收到申请|后');
    expect(f.selection).toEqual([4, 4]);
  });

  it('leaves clean text and its caret alone', () => {
    const f = field('收到申请', 2);
    expect(cleanTypedText(f as unknown as HTMLInputElement)).toBe('收到申请');
    expect(f.selection).toBeNull();
  });

  it('cleans a field without a caret (email, date)', () => {
    const f = field('gk@\u0001example.gov.cn', null);
    expect(cleanTypedText(f as unknown as HTMLInputElement)).toBe('gk@example.gov.cn');
    expect(f.selection).toBeNull();
  });
});

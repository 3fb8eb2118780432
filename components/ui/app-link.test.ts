import { describe, expect, it } from 'vitest';
import { isPlainClick } from './app-link';

const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false };

describe('a link’s click', () => {
  it('is the page’s to handle only when it is a left click with no modifier key', () => {
    expect(isPlainClick(click)).toBe(true);
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false); // a new tab
    expect(isPlainClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainClick({ ...click, shiftKey: true })).toBe(false); // a new window
    expect(isPlainClick({ ...click, altKey: true })).toBe(false); // a download
    expect(isPlainClick({ ...click, button: 1 })).toBe(false); // the middle button
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metaFormatProblem } from './meta-formats';

const EMAIL = 'meta.contact.email';
/** The format as the regex it replaced says it (which backtracked over every dot). */
const AS_REGEX = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

describe('the email format', () => {
  it('takes gk@example.gov.cn and refuses what is not an address', () => {
    expect(metaFormatProblem(EMAIL, 'gk@example.gov.cn')).toBeNull();
    for (const bad of ['gk@', '@example.cn', 'gk@example', 'gk@.cn', 'gk@cn.', 'g k@example.cn', 'gk@ex@ample.cn']) {
      expect(metaFormatProblem(EMAIL, bad)).toBe('电子邮箱格式不对，应如 gk@example.gov.cn');
    }
  });

  it('says what the regex says, on any string of its characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '@', '.', ' ', '\u3000', 'b'), { maxLength: 12 }), (chars) => {
        const value = chars.join('');
        const v = value.trim();
        expect(metaFormatProblem(EMAIL, value) === null).toBe(v === '' || AS_REGEX.test(v));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});

describe('the 成文日期', () => {
  it('takes a real day and refuses one the calendar does not have, in Chinese', () => {
    expect(metaFormatProblem('meta.issuedOn', '2026-01-16')).toBeNull();
    expect(metaFormatProblem('meta.issuedOn', '2024-02-29')).toBeNull();
    expect(metaFormatProblem('meta.issuedOn', '')).toBeNull();
    for (const bad of ['2025-13-45', '2025-02-29', '2025-04-31', '2025-1-6', '2025年1月6日']) {
      expect(metaFormatProblem('meta.issuedOn', bad)).toBe('成文日期应为日历上真实的一天，如 2026-01-16');
    }
  });
});

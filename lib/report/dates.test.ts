import { describe, expect, it } from 'vitest';
import { daysInMonth, isCalendarDate, isIsoDate, isIsoTimestamp, isoDate } from './dates';

describe('calendar dates', () => {
  it('knows the length of every month, leap years by the Gregorian rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect([2024, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28]);
  });

  it('accepts real days only', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2025, 2, 29)).toBe(false);
    expect(isCalendarDate(2025, 2, 31)).toBe(false);
    expect(isCalendarDate(2025, 4, 31)).toBe(false);
    expect(isCalendarDate(2025, 13, 1)).toBe(false);
    expect(isCalendarDate(2025, 0, 1)).toBe(false);
    expect(isCalendarDate(2025, 1, 0)).toBe(false);
    expect(isCalendarDate(20255, 1, 1)).toBe(false);
    expect(isCalendarDate(2025, 1.5, 1)).toBe(false);
  });

  it('reads ISO dates and writes them', () => {
    expect(['2025-01-16', '2024-02-29', '2025-12-31'].map(isIsoDate)).toEqual([true, true, true]);
    expect(['2025-13-45', '2025-02-31', '2025-1-16', '2025-01-16T00:00:00Z', '', '20255-01-01', ' 2025-01-16'].map(isIsoDate)).toEqual([false, false, false, false, false, false, false]);
    expect(isoDate(2025, 1, 6)).toBe('2025-01-06');
    expect(isoDate(2025, 2, 31)).toBeNull();
  });

  it('reads moments as toISOString writes them, with an offset too, on real days', () => {
    expect(isIsoTimestamp(new Date('2026-01-20T08:00:00Z').toISOString())).toBe(true);
    expect(isIsoTimestamp('2024-02-29T23:59:59+08:00')).toBe(true);
    for (const bad of ['not a date', '', '2026-02-31T08:00:00.000Z', '2026-01-20T24:00:00.000Z', '2026-01-20', '2026-01-20T08:00:00.000', 'Tue Jan 20 2026']) {
      expect(isIsoTimestamp(bad)).toBe(false);
    }
  });
});

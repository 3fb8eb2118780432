// Dates as the report and the browser's storage hold them: every one a real calendar date
// (no 2月31日, no month 13), checked in one place for the schema, the stored drafts, the importer
// and the wizard.

/** Days in `month` (1–12) of `year`, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year-month-day is a day of the calendar (years 1000–9999, as four digits print). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 1000 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 「2025-01-16」 and a real day. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The ISO date of year-month-day, or null when that day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isCalendarDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A moment as Date.prototype.toISOString writes it (「2026-01-20T08:00:00.000Z」), on a real day. */
export function isIsoTimestamp(text: string): boolean {
  const m = ISO_TIMESTAMP.exec(text);
  return m !== null && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number.isFinite(Date.parse(text));
}

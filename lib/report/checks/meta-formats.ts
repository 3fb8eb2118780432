// Formats of the 基本信息 fields, checked where the clerk types them. A draft keeps whatever was
// typed; the message says what is expected.
import { isIsoDate } from '../dates';
import { FORMAT_APPLIES, FORMAT_FIRST_YEAR, fieldLabel } from '../template/sections';

type Rule = { test: (value: string) => boolean; message: string };

/** A web address as published: with its scheme (http, https), or starting 「www.」 (rules.md META-FORMAT). */
export const WEB_ADDRESS = /^(?:https?:\/\/[^\s/$.?#][^\s]*|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#][^\s]*)?)$/i;

/** The address a link needs: as typed when it has its scheme, else with http:// before 「www.」. */
export const websiteHref = (url: string): string => (/^https?:\/\//i.test(url.trim()) ? url.trim() : `http://${url.trim()}`);

/**
 * name@host.domain: no space, one 「@」 with text before it, and a dot inside what follows it —
 * what /^[^\s@]+@[^\s@]+\.[^\s@]+$/ says, read in one pass: that regex backtracks over every dot,
 * and 40 KB of 「b.」 took it 2 s.
 */
function isEmailAddress(v: string): boolean {
  const at = v.indexOf('@');
  if (at < 1 || /\s/.test(v) || v.indexOf('@', at + 1) !== -1) return false;
  return v.slice(at + 2, -1).includes('.');
}

const rules: Record<string, Rule> = {
  'meta.website.url': {
    test: (v) => WEB_ADDRESS.test(v),
    message: '网址应如 www.example.gov.cn 或 https://www.example.gov.cn/（以 http://、https:// 或 www. 开头）',
  },
  'meta.contact.postcode': { test: (v) => /^[0-9]{6}$/.test(v), message: '邮编应为 6 位数字，如 750001' },
  'meta.contact.email': {
    test: isEmailAddress,
    message: '电子邮箱格式不对，应如 gk@example.gov.cn',
  },
  'meta.contact.phone': { test: (v) => /^[0-9()（）+\-－—\s转,，、]{5,}$/.test(v), message: '电话只能含数字、括号、“-”和“转”，如 0951-1234567' },
  'meta.contact.fax': { test: (v) => /^[0-9()（）+\-－—\s转,，、]{5,}$/.test(v), message: '传真只能含数字、括号和“-”，如 0951-1234568' },
  // A date that is not a day of the calendar (2025-13-45, 2月31日) must never print as one.
  'meta.issuedOn': { test: isIsoDate, message: `${fieldLabel('meta.issuedOn')}应为日历上真实的一天，如 2026-01-16` },
};

/** null when the value is empty or well-formed; otherwise what is expected. */
export function metaFormatProblem(path: string, value: string): string | null {
  const rule = rules[path];
  const v = value.trim();
  if (!rule || v === '') return null;
  return rule.test(v) ? null : rule.message;
}

export const YEAR_FORMAT_MESSAGE = `${fieldLabel('meta.year')}应为四位数的年份，如 2025`;

/** 报告年度 as typed: a four-digit year from 2021 (30号) to this year. */
export function yearProblem(typed: string, thisYear: number): string | null {
  const v = typed.normalize('NFKC').trim();
  if (v === '') return null;
  if (!/^[0-9]{4}$/.test(v)) return YEAR_FORMAT_MESSAGE;
  const year = Number(v);
  if (year < FORMAT_FIRST_YEAR) return FORMAT_APPLIES;
  if (year > thisYear) return `${fieldLabel('meta.year')}不能晚于今年（${thisYear} 年）`;
  return null;
}

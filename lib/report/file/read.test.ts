import { describe, expect, it } from 'vitest';
import { emptyReport } from '@/lib/report/empty-report';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { runChecks } from '@/lib/report/checks/checks';
import { MAX_FILE_BYTES, readReportBytes, readReportText } from './read';

const bytes = (text: string) => new TextEncoder().encode(text);
const problems = (text: string) => {
  const result = readReportText(text);
  return result.ok ? [] : result.problems;
};

describe('reading a report file', () => {
  it('reads a report file back to the same report', () => {
    const report = busyReport();
    expect(readReportBytes(bytes(JSON.stringify(report)))).toEqual({ ok: true, report });
  });

  it('reads a file holding NUL and U+FFFF, raw or escaped, without them', () => {
    const report = setAt(busyReport(), 'overview.intro', '全年\u0000收到\uFFFF申请。');
    const escaped = JSON.stringify(report);
    expect(escaped).toContain('\\u0000');
    const raw = escaped.replace('\\u0000', '\u0000');
    for (const text of [escaped, raw]) {
      const result = readReportBytes(bytes(text));
      expect(result.ok && result.report.overview.intro).toBe('全年收到申请。');
    }
  });

  it('reads a file with a byte-order mark', () => {
    expect(readReportText(`\uFEFF${JSON.stringify(emptyReport())}`).ok).toBe(true);
  });

  it('reads a draft with every cell blank', () => {
    const result = readReportText(JSON.stringify(emptyReport()));
    expect(result.ok && result.report.applications.received.natural).toBeNull();
  });

  it('refuses an empty file, a file that is not UTF-8, and one over 20 MB before reading it', () => {
    expect(readReportBytes(new Uint8Array())).toEqual({ ok: false, problems: ['文件是空的。'] });
    expect(readReportBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x7b]))).toEqual({ ok: false, problems: ['文件不是 UTF-8 编码的文本，不是报告文件。'] });
    const huge = { byteLength: MAX_FILE_BYTES + 1 } as Uint8Array;
    expect(readReportBytes(huge)).toEqual({ ok: false, problems: ['文件有 20.0 MB，超过 20 MB 上限，不是报告文件（报告文件通常只有几十 KB）。'] });
  });

  it('says where the JSON is broken', () => {
    expect(problems('{\n  "format": "nianbao.report",\n  oops\n}')).toEqual(['文件不是有效的 JSON（第 3 行第 3 列附近），可能已损坏或不是年报助手保存的报告文件。']);
  });

  it('refuses JSON that is not a report of this format and version', () => {
    expect(problems('[1,2]')).toEqual(['文件内容不是一份报告（应为一个 JSON 对象）。']);
    expect(problems('{"a":1}')).toEqual(['这不是年报助手的报告文件：缺少 "format": "nianbao.report"。']);
    expect(problems('{"format":"other.tool"}')).toEqual(['这不是年报助手的报告文件：format 应为 "nianbao.report"，文件中是 "other.tool"。']);
    expect(problems('{"format":"nianbao.report","version":2}')).toEqual(['文件版本为 2，比本程序支持的版本 1 新。请使用新版年报助手打开。']);
    expect(problems('{"format":"nianbao.report","version":"1"}')).toEqual(['文件版本无法识别：version 应为 1，文件中是 "1"。']);
    expect(problems('{"format":"nianbao.report"}')).toEqual(['文件版本无法识别：version 应为 1，文件中是 （缺少）。']);
  });

  it('lists every wrong field on a line of its own, named in the clerk’s words', () => {
    let report: unknown = setAt(busyReport(), 'applications.received.natural', '12');
    report = setAt(report, 'meta.agencyKind', 'bureau');
    report = setAt(report, 'problems', undefined);
    expect(problems(JSON.stringify(report))).toEqual([
      'meta.agencyKind（基本信息「机关类型」）：应为 "department" 或 "government"，文件中是文本“bureau”。',
      'applications.received.natural（表三「一、本年新收政府信息公开申请数量 自然人」）：应为数字，文件中是文本“12”。',
      'problems（五、存在的主要问题及改进情况）：缺少此项。',
    ]);
  });

  it('lists at most 30 problems and counts the rest', () => {
    const many = JSON.stringify(
      setAt(busyReport(), 'applications', Object.fromEntries(Object.keys(busyReport().applications).map((k) => [k, { natural: 'x', business: 'x', research: 'x', nonprofit: 'x', legal: 'x', other: 'x' }]))),
    );
    const listed = problems(many);
    expect(listed).toHaveLength(31);
    expect(listed[30]).toMatch(/^另有 \d+ 处问题未列出。$/);
  });
});

describe('a count over 10^9 in a file', () => {
  const cellInvalid = (text: string) => {
    const read = readReportText(text);
    if (!read.ok) throw new Error(read.problems.join(' '));
    return runChecks(read.report, { today: new Date('2026-01-20') }).filter((f) => f.id === 'CELL-INVALID').map((f) => f.message);
  };

  it('is read, and the checks refuse it with 数字太大 — past 2^53 too, where JSON loses the last digit', () => {
    expect(cellInvalid(JSON.stringify(setAt(busyReport(), 'applications.received.natural', 1_000_000_001)))).toEqual([
      '表三「一、本年新收政府信息公开申请数量 自然人」填的是「1000000001」：数字太大：件数不能超过 1000000000（10 亿），请核对。',
    ]);
    const text = JSON.stringify(setAt(busyReport(), 'applications.received.natural', 987654321)).replace('987654321', '9007199254740993');
    expect(cellInvalid(text)).toEqual(['表三「一、本年新收政府信息公开申请数量 自然人」填的是「9007199254740992」：数字太大：件数不能超过 1000000000（10 亿），请核对。']);
    expect(cellInvalid(JSON.stringify(setAt(busyReport(), 'applications.received.natural', 1_000_000_000)))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatLabel, isReportCandidate } from './file-types';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('formatLabel', () => {
  it('names a file by its content where that says it, else by its name', () => {
    expect(formatLabel(bytes('%PDF-1.7\n'), 'a.docx')).toBe('PDF');
    expect(formatLabel(new Uint8Array([0x50, 0x4b, 3, 4]), '表格.XLSX')).toBe('Excel');
    expect(formatLabel(new Uint8Array([0x50, 0x4b, 3, 4]), '报告')).toBe('Word');
    expect(formatLabel(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '报告.doc')).toBe('旧版 Office');
    expect(formatLabel(bytes('  {"format":'), '报告')).toBe('报告文件');
    expect(formatLabel(bytes('not json'), '坏.nianbao.json')).toBe('报告文件');
    expect(formatLabel(bytes('<!doctype html>'), 'x')).toBe('网页');
    expect(formatLabel(bytes('二、主动公开'), 'x.htm')).toBe('网页');
    expect(formatLabel(new Uint8Array(), '空.docx')).toBe('Word');
    expect(formatLabel(bytes('二、主动公开'), 'x.txt')).toBe('文字');
    expect(formatLabel(new Uint8Array(), 'x')).toBe('其他');
  });
});

describe('isReportCandidate', () => {
  it('takes what the importer reads or explains from a folder, not hidden, lock or other files', () => {
    expect(['a/局.docx', 'b.nianbao.json', 'c.PDF', 'd.htm', 'e.xlsx', 'f.txt', 'g.doc'].every(isReportCandidate)).toBe(true);
    expect(['a/.DS_Store', '~$局.docx', 'a/.局.docx', 'x.png', 'Thumbs.db', '说明'].some(isReportCandidate)).toBe(false);
  });
});

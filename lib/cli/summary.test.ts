// `nianbao summary` over files made here (our report files, Word, web page, a broken file, a second
// copy, another year) and over the published samples and the real PDF: the lines it prints, its
// exit codes, and what it writes, read back (the workbook with lib/import/read/xlsx).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DraftReport } from '@/lib/report/file/schema';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { importDocument } from '@/lib/import/import-document';
import { readWorkbook } from '@/lib/import/read/xlsx/workbook';
import type { Worksheet } from '@/lib/import/read/xlsx/sheet';
import { ourDocx, ourHtml } from '@/lib/import/testing/document-fixtures';
import { samplePath } from '@/lib/import/testing/samples';
import { runCli } from './main';

const root = mkdtempSync(join(tmpdir(), 'nianbao-summary-'));
const folder = join(root, '部门年报');
const agency = (name: string, year = 2025, change: (r: DraftReport) => DraftReport = (r) => r): DraftReport =>
  change({ ...busyReport(), meta: { ...busyReport().meta, agency: name, year } });
const put = (name: string, content: string | Uint8Array, modified?: number) => {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  if (modified) utimesSync(path, modified, modified);
  return path;
};
const p: Record<string, string> = {};

beforeAll(async () => {
  // 甲局 twice: the newer copy counts; 丙局's 自然人 column does not balance (四 is 3, not 4).
  p.jia = put('甲局.nianbao.json', JSON.stringify(agency('某县甲局')), 1_800_000_000);
  p.jiaOld = put('旧/甲局.nianbao.json', JSON.stringify(agency('某县甲局')), 1_700_000_000);
  p.yi = put('乙局.docx', await ourDocx(agency('某县乙局')));
  p.bing = put('子目录/丙局.html', ourHtml(agency('某县丙局', 2025, (r) => setAt(r, 'applications.carriedForward.natural', 3))));
  p.ding = put('丁局.json', '{"format": "nianbao.report",');
  p.wu = put('戊局.nianbao.json', JSON.stringify(agency('某县戊局', 2023)));
  put('.隐藏.nianbao.json', JSON.stringify(agency('某县隐藏局')));
  put('~$乙局.docx', 'Word 的锁文件');
  put('说明.png', 'not a report');
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), today: () => new Date(2026, 0, 10) });
  return { code, out, err };
}

const sheetsOf = (bytes: Uint8Array): Worksheet[] => {
  const read = readWorkbook(bytes, { rows: 1_000, columns: 1_000 });
  if (!read.ok) throw new Error(read.problems.join(' '));
  return read.sheets;
};
const rowOf = (sheet: Worksheet | undefined, row: number) => {
  const cells = sheet?.cells.get(row) ?? new Map();
  return Array.from({ length: Math.max(-1, ...cells.keys()) + 1 }, (_, c) => cells.get(c) ?? null);
};

const BALANCE =
  '汇总表三·自然人列：一、本年新收(120) + 二、上年结转(9) = 129，但（七）总计(117) + 四、结转下年度(11) = 128，相差 1，办理结果与结转比收到的少 1 件。不平衡来自：某县丙局（一+二比（七）+四多 1 件）。请这些机关核对后重新报送。';

describe('nianbao summary', () => {
  it('lists every file of the folder with its status and counts, then the sum, and writes every output', { timeout: 120_000 }, async () => {
    const out = (name: string) => join(root, name);
    const { code, out: lines, err } = await run('summary', folder, '--agency', '某县', '-o', out('汇总.nianbao.json'), '--xlsx', out('汇总.xlsx'), '--docx', out('汇总.docx'), '--html', out('汇总.html'));
    expect(err).toEqual([]);
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${p.ding}：无法读取`,
      '  文件不是有效的 JSON（第 1 行第 29 列附近），可能已损坏或不是年报助手保存的报告文件。',
      `${p.yi}：可发布，某县乙局 2025 年度，Word（本助手数据），错误 0 项，警告 0 项`,
      `${p.bing}：有错误，某县丙局 2025 年度，网页（本助手数据），错误 1 项，警告 1 项`,
      '  ✗ 错误 [T3-BALANCE] 表三·自然人列：一、本年新收(40) + 二、上年结转(3) = 43，但（七）总计(39) + 四、结转下年度(3) = 42，相差 1，办理结果与结转比收到的少 1 件。请核对办理结果或结转数。如差额是尚未办结、转入下年度的申请，可将四、结转下年度改为 4（一 + 二 − （七））。总计列也因此不平衡（一+二 = 59，（七）+四 = 58），改正后随之平衡，不另计错误。',
      `${p.wu}：年度不符，某县戊局 2023 年度，报告文件（本助手数据），错误 0 项，警告 0 项`,
      '  是 2023 年度的报告，不是 2025 年度：不计入汇总。',
      `${p.jiaOld}：重复，某县甲局 2025 年度，报告文件（本助手数据），错误 0 项，警告 0 项`,
      `  与「${p.jia}」是同一机关同一年度的报告，只计入「${p.jia}」（修改时间较晚）。`,
      `${p.jia}：可发布，某县甲局 2025 年度，报告文件（本助手数据），错误 0 项，警告 0 项`,
      `  另有同一机关同一年度的报告：「${p.jiaOld}」，计入本文件。`,
      '',
      '共 6 个文件：可发布 2 个，有错误 1 个，无法读取 1 个，年度不符 1 个，重复 1 个。',
      '汇总 2025 年度 3 份报告，统计范围：本行政区域：',
      '  表二 规章 现行有效件数：36',
      '  表二 行政规范性文件 现行有效件数：135',
      '  表二 行政许可 本年处理决定数量：978',
      '  表二 行政处罚 本年处理决定数量：171',
      '  表二 行政强制 本年处理决定数量：12',
      '  表二 行政事业性收费 本年收费金额（单位：万元）：37.0368',
      '  表三 一、本年新收政府信息公开申请数量 总计：162',
      '  表三 二、上年结转政府信息公开申请数量 总计：15',
      '  表三 （七）总计 总计：156',
      '  表三 四、结转下年度继续办理 总计：20',
      '  表四 行政复议 总计：12',
      '  表四 行政诉讼 未经复议直接起诉 总计：6',
      '  表四 行政诉讼 复议后起诉 总计：3',
      `  ✗ 错误 [T3-BALANCE] ${BALANCE}`,
      `已写入 ${out('汇总.nianbao.json')}`,
      `已写入 ${out('汇总.xlsx')}`,
      `已写入 ${out('汇总.docx')}`,
      `已写入 ${out('汇总.html')}`,
    ]);

    // The summed report file records its scope and what it sums, with each file's SHA-256.
    const sum = JSON.parse(readFileSync(out('汇总.nianbao.json'), 'utf8')) as DraftReport;
    expect(sum.meta).toEqual({ agency: '某县', agencyKind: 'government', year: 2025, scope: 'region' });
    expect(sum.summary?.of.map((o) => [o.agency, o.file, o.sha256?.length])).toEqual([
      ['某县乙局', p.yi, 64],
      ['某县丙局', p.bing, 64],
      ['某县甲局', p.jia, 64],
    ]);
    expect([sum.proactive.licensing, sum.proactive.feesWanYuan, sum.applications.carriedForward.natural]).toEqual([978, '37.0368', 11]);

    // The Word file reads back whole as the same sum.
    const docx = await importDocument(new Uint8Array(readFileSync(out('汇总.docx'))), '汇总.docx');
    expect(docx.ok && docx.source === 'embedded' && docx.report).toEqual(sum);
    expect(readFileSync(out('汇总.html'), 'utf8')).toContain('<title>某县2025年度政府信息公开工作年度报告数据汇总</title>');

    const sheets = sheetsOf(new Uint8Array(readFileSync(out('汇总.xlsx'))));
    expect(sheets.map((s) => s.name)).toEqual(['表二 汇总', '表三 汇总', '表四 汇总', '表二 分机关明细', '表三 分机关明细', '表四 分机关明细', '问题清单']);
    const [t2, t3, t4, , d3, , findings] = sheets;
    expect(rowOf(t2, 0)).toEqual(['某县2025年度政府信息公开工作年度报告数据汇总']);
    expect(rowOf(t2, 15)).toEqual(['行政事业性收费', 37.0368]);
    expect(rowOf(t3, 5)).toEqual(['一、本年新收政府信息公开申请数量', null, null, 120, 18, 6, 3, 12, 3, 162]);
    expect(rowOf(t3, 29)).toEqual(['四、结转下年度继续办理', null, null, 11, 3, 0, 0, 3, 3, 20]);
    expect(t3?.merges).toContainEqual({ row: 7, column: 0, rowSpan: 22, colSpan: 1 });
    expect(rowOf(t4, 5)).toEqual([6, 3, 0, 3, 12, 3, 0, 0, 3, 6, 0, 3, 0, 0, 3]);
    expect([1, 2, 3, 4].map((r) => rowOf(d3, r).slice(0, 2).filter((c) => c !== null))).toEqual([
      ['某县乙局', p.yi],
      ['某县丙局', p.bing],
      ['某县甲局', p.jia],
      ['汇总'],
    ]);
    expect(rowOf(findings, 0)).toEqual(['机关', '编号', '严重程度', '位置', '说明', '文件']);
    expect(rowOf(findings, 1)).toEqual(['某县', 'T3-BALANCE', '错误', '表三「四、结转下年度继续办理 自然人」', BALANCE]);
    const listed = [...(findings?.cells.keys() ?? [])].slice(1).map((r) => rowOf(findings, r).slice(0, 3));
    expect(listed.filter((r) => r[2] === '错误')).toEqual([
      ['某县', 'T3-BALANCE', '错误'],
      ['某县丙局', 'T3-BALANCE', '错误'],
    ]);
  });

  it('prints exactly the list as JSON with --json, and nothing else on standard output', { timeout: 120_000 }, async () => {
    const xlsx = join(root, 'json.xlsx');
    const { code, out, err } = await run('summary', '--json', p.jia!, p.yi!, p.ding!, '--xlsx', xlsx);
    expect(code).toBe(1);
    expect(JSON.parse(out.join('\n'))).toEqual({
      reports: [
        { file: p.jia, agency: '某县甲局', year: 2025, status: 'ok', errors: 0, warnings: 0, reason: '' },
        { file: p.yi, agency: '某县乙局', year: 2025, status: 'ok', errors: 0, warnings: 0, reason: '' },
        { file: p.ding, agency: '', year: null, status: 'unreadable', errors: 0, warnings: 0, reason: '文件不是有效的 JSON（第 1 行第 29 列附近），可能已损坏或不是年报助手保存的报告文件。' },
      ],
      included: 2,
    });
    expect(err).toEqual([`已写入 ${xlsx}`]);
  });

  it('exits 0 when every file is read and none has an error', { timeout: 60_000 }, async () => {
    const { code, out } = await run('summary', p.jia!, p.yi!, p.wu!);
    expect(code).toBe(0);
    expect(out).toContain('共 3 个文件：可发布 2 个，有错误 0 个，无法读取 0 个，年度不符 1 个，重复 0 个。');
  });

  it('exits 1 when one file cannot be read though every report read is clean, and writes the sum of the others', { timeout: 60_000 }, async () => {
    const sum = join(root, '缺一份.nianbao.json');
    const { code, out, err } = await run('summary', p.jia!, p.yi!, p.ding!, '-o', sum);
    expect(code).toBe(1);
    expect(out).toContain('共 3 个文件：可发布 2 个，有错误 0 个，无法读取 1 个，年度不符 0 个，重复 0 个。');
    expect([out.at(-1), err]).toEqual([`已写入 ${sum}`, []]);
    const written = JSON.parse(readFileSync(sum, 'utf8')) as { summary: { of: { agency: string }[] } };
    expect(written.summary.of.map((r) => r.agency)).toEqual(['某县甲局', '某县乙局']);
  });

  it('sums the published samples of the year chosen, last year’s and older ones listed, not summed', { timeout: 120_000 }, async () => {
    const samples = join(root, '样本');
    mkdirSync(samples);
    for (const id of ['000', '003', '004'] as const) copyFileSync(samplePath(id), join(samples, samplePath(id).split('/').at(-1) ?? id));
    const { code, out } = await run('summary', samples, '--year', '2024');
    expect(code).toBe(0);
    const at = (name: string) => join(samples, name);
    expect(out.slice(0, 7)).toEqual([
      `${at('000_19ea5841e7fe6810.txt')}：年度不符，红寺堡区司法局 2022 年度，文字（按文字识别），错误 0 项，警告 1 项`,
      '  是 2022 年度的报告，不是 2024 年度：不计入汇总。',
      `${at('003_aa0ba65ecefe144e.txt')}：年度不符，利通区司法局 2023 年度，文字（按文字识别），错误 0 项，警告 1 项`,
      '  是 2023 年度（上年）的报告：不计入汇总，用于核对上年结转。',
      `${at('004_8361855dfc05717a.txt')}：可发布，惠农区司法局 2024 年度，文字（按文字识别），错误 0 项，警告 2 项`,
      '',
      '共 3 个文件：可发布 1 个，有错误 0 个，无法读取 0 个，年度不符 2 个，重复 0 个。',
    ]);
    expect(out).toContain('汇总 2024 年度 1 份报告，统计范围：本行政区域：');
  });

  it('reads the real published PDF through the same importer and flags its error', { timeout: 120_000 }, async () => {
    const pdf = samplePath('005');
    const { code, out } = await run('summary', pdf);
    expect(code).toBe(1);
    expect(out.slice(0, 2)).toEqual([`${pdf}：有错误，淮安市人民政府 2024 年度，PDF（按文字识别），错误 1 项，警告 3 项`, '  ✗ 错误 [SECTION-EMPTY] 六、其他需要报告的事项「收费件数」：已选择收取信息处理费，请填写收费件数。']);
    expect(out).toContain('  表三 一、本年新收政府信息公开申请数量 总计：3119');
    expect(out).toContain('  表三 四、结转下年度继续办理 总计：103');
  });

  it('writes nothing and exits 2 when nothing can be summed or the command is misused', { timeout: 60_000 }, async () => {
    const sum = join(root, 'never.nianbao.json');
    const none = await run('summary', p.wu!, p.ding!, '--year', '2025', '-o', sum);
    expect(none.code).toBe(2);
    expect(none.err).toEqual(['没有可以汇总的报告（2025 年度），没有写出任何文件。']);
    expect(existsSync(sum)).toBe(false);

    const empty = join(root, '空文件夹');
    mkdirSync(empty);
    expect((await run('summary', empty)).err[0]).toBe('给出的文件夹里没有可以读取的报告文件（.nianbao.json、.docx、.xlsx、.pdf、.html、.txt）。');
    expect((await run('summary')).err[0]).toBe('请指定要汇总的报告文件或文件夹。');
    expect((await run('summary', folder, '--year', '24')).err[0]).toBe('--year 后面要写四位数的年度，如 2024，而不是「24」。');
    const clobber = await run('summary', p.jia!, p.yi!, '-o', p.yi!);
    expect([clobber.code, clobber.err]).toEqual([2, [`${p.yi}：输出文件就是输入文件，写出会毁掉它；请换一个文件名。`, '没有写出任何文件。']]);
    const existing = put('已有.xlsx', 'old');
    expect((await run('summary', p.jia!, '--xlsx', existing)).err[0]).toBe(`${existing}：文件已存在；要替换它请加 --force。`);
    expect(readFileSync(existing, 'utf8')).toBe('old');
  });

  it('explains itself with --help', async () => {
    const { code, out } = await run('summary', '--help');
    expect(code).toBe(0);
    expect(out[0]).toBe(
      '用法：nianbao summary 文件或文件夹…（.nianbao.json / .docx / .xlsx / .pdf / .html / .txt）[--year 2024] [-o 汇总.nianbao.json] [--xlsx 汇总.xlsx] [--docx 汇总.docx] [--html 汇总.html] [--json]',
    );
    expect(out.at(-1)).toBe(
      '  退出码：0 每个文件都已读取且没有报告有错误（可有警告）；1 有报告存在错误或有文件无法读取（仍照常汇总并写出文件）；2 没有可汇总的报告或用法不对，什么也不写；3 只写出了部分文件。',
    );
  });
});

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyReport } from '@/lib/report/empty-report';
import { setAt } from '@/lib/report/paths';
import { busyReport } from '@/lib/report/testing/sample-reports';
import { samplePath } from '@/lib/import/testing/samples';
import { officeWorkbook } from '@/lib/import/testing/xlsx-fixtures';
import { ourHtml } from '@/lib/import/testing/document-fixtures';
import { renderHtmlFragment } from '@/lib/export/html/page';
import { printModel } from '@/lib/export/print-model';
import { infographicSvg } from '@/lib/export/infographic/render-infographic';
import { pngSize } from '@/lib/export/infographic/png-node';
import { runChecks } from '@/lib/report/checks/checks';
import { runCli } from './main';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const files: Record<string, string> = {};

beforeAll(() => {
  files.clean = file('clean.nianbao.json', JSON.stringify(busyReport()));
  files.warning = file('warning.nianbao.json', JSON.stringify(setAt(busyReport(), 'lastYear.carriedForward.natural', 2)));
  files.error = file('error.nianbao.json', JSON.stringify(setAt(busyReport(), 'applications.carriedForward.natural', 3)));
  files.blank = file('blank.nianbao.json', JSON.stringify(emptyReport({ agency: '某某县司法局', year: 2025 })));
  files.broken = file('broken.json', '{"format": "nianbao.report",');
  files.newer = file('newer.json', JSON.stringify({ ...busyReport(), version: 2 }));
  files.binary = file('binary.json', new Uint8Array([0xc3, 0x28, 0x00, 0xff]));
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), today: () => new Date(2025, 10, 1) });
  return { code, out, err };
}

describe('nianbao check', () => {
  it('exits 0 for a clean report and says it can be published', async () => {
    const { code, out, err } = await run('check', files.clean!);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toEqual([
      `${files.clean}（某某市自然资源局 2025 年度）`,
      '  错误 0 项 · 警告 0 项 · 提示 0 项',
      '  ✓ 没有错误，可以发布。',
      '',
      '共检查 1 个文件：1 个没有错误，0 个有错误，0 个无法读取。',
    ]);
  });

  it('exits 0 when a report has warnings only', async () => {
    const { code, out } = await run('check', files.warning!);
    expect(code).toBe(0);
    expect(out[2]).toBe(
      '  ! 警告 [X-CARRY] 表三·自然人列：二、上年结转填的是 3，但上年（2024年）报告的四、结转下年度继续办理为 2。两者应当一致，请核对。（位置：applications.carriedOver.natural）',
    );
    expect(out[3]).toBe('  ✓ 没有错误，可以发布；请看一看上面的警告。');
  });

  it('exits 1 when a report has an error, naming the numbers', async () => {
    const { code, out } = await run('check', files.error!);
    expect(code).toBe(1);
    expect(out[1]).toBe('  错误 1 项 · 警告 1 项 · 提示 0 项');
    expect(out[2]).toBe(
      '  ✗ 错误 [T3-BALANCE] 表三·自然人列：一、本年新收(40) + 二、上年结转(3) = 43，但（七）总计(39) + 四、结转下年度(3) = 42，相差 1，办理结果与结转比收到的少 1 件。请核对办理结果或结转数。如差额是尚未办结、转入下年度的申请，可将四、结转下年度改为 4（一 + 二 − （七））。总计列也因此不平衡（一+二 = 59，（七）+四 = 58），改正后随之平衡，不另计错误。（位置：applications.carriedForward.natural）',
    );
    expect(out[3]).toBe(
      '  ! 警告 [X-PROSE] 一、总体情况「（二）依申请公开情况」写的是“结转下年度继续办理7件”，但表三「四、结转下年度继续办理 总计」为 6。请让文字与表格一致。（位置：overview.requests）',
    );
    expect(out.at(-1)).toBe('共检查 1 个文件：0 个没有错误，1 个有错误，0 个无法读取。');
  });

  it('reports CELL-BLANK for a draft with every cell blank instead of crashing', async () => {
    const { code, out } = await run('check', '--json', files.blank!);
    expect(code).toBe(1);
    const [result] = JSON.parse(out.join('\n')) as [{ findings: { id: string; path: string }[] }];
    expect(result.findings.filter((f) => f.id === 'CELL-BLANK').map((f) => f.path)).toEqual([
      'proactive.regulations.issued',
      'applications.received.natural',
      'review.reconsideration.upheld',
    ]);
  });

  it('prints findings as JSON grouped by file, errors first, with exactly id, severity, path and message', async () => {
    const { code, out } = await run('check', '--json', files.clean!, files.error!);
    expect(code).toBe(1);
    const parsed = JSON.parse(out.join('\n')) as { file: string; findings: Record<string, string>[] }[];
    expect(parsed.map((r) => r.file)).toEqual([files.clean, files.error]);
    expect(parsed[0]?.findings).toEqual([]);
    const keys = ['id', 'severity', 'path', 'message'];
    expect(parsed[1]?.findings.map((f) => Object.keys(f))).toEqual([keys, keys]);
    expect(parsed[1]?.findings.map((f) => [f.id, f.severity, f.path])).toEqual([
      ['T3-BALANCE', 'error', 'applications.carriedForward.natural'],
      ['X-PROSE', 'warning', 'overview.requests'],
    ]);
  });

  it('exits 2 for files it cannot read, one line per file on stderr, and still checks the others', async () => {
    const missing = join(dir, 'missing.json');
    const { code, err, out } = await run('check', files.clean!, files.broken!, files.newer!, files.binary!, missing, dir);
    expect(code).toBe(2);
    expect(err).toEqual([
      `${files.broken}：文件不是有效的 JSON（第 1 行第 29 列附近），可能已损坏或不是年报助手保存的报告文件。`,
      `${files.newer}：文件版本为 2，比本程序支持的版本 1 新。请使用新版年报助手打开。`,
      `${files.binary}：文件不是 UTF-8 编码的文本，不是报告文件。`,
      `${missing}：找不到这个文件。`,
      `${dir}：这是一个文件夹，不是文件。`,
    ]);
    expect(out.at(-1)).toBe('共检查 6 个文件：1 个没有错误，0 个有错误，5 个无法读取。');
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const huge = file('huge.nianbao.json', '');
    truncateSync(huge, 21 * 1024 * 1024);
    const { code, err } = await run('check', huge);
    expect(code).toBe(2);
    expect(err).toEqual([`${huge}：文件有 21.0 MB，超过 20 MB 上限，不是报告文件（报告文件通常只有几十 KB）。`]);
  });

  it('puts what it could not read into the JSON output too', async () => {
    const { code, out } = await run('check', '--json', files.newer!);
    expect(code).toBe(2);
    expect(JSON.parse(out.join('\n'))).toEqual([
      { file: files.newer, problems: ['文件版本为 2，比本程序支持的版本 1 新。请使用新版年报助手打开。'], findings: [] },
    ]);
  });

  it('exits 2 on a usage mistake', async () => {
    expect((await run('check')).err[0]).toBe('请指定要检查的报告文件。');
    const unknown = await run('check', '--yaml', files.clean!);
    expect(unknown.code).toBe(2);
    expect(unknown.err.slice(0, 2)).toEqual(['不认识的选项：--yaml', '用法：nianbao check [--json] 文件.nianbao.json ...']);
    const missing = await run('export', files.clean!, '--docx');
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toBe('--docx 后面要写文件名。');
    expect((await run('import', files.clean!, '-o')).err[0]).toBe('-o 后面要写文件名。');
    expect((await run('frobnicate')).err[0]).toBe('不认识的命令：frobnicate');
    expect((await run('help')).code).toBe(0);
  });

  it('explains each command with --help and exits 0', async () => {
    for (const [command, first] of [
      ['check', '用法：nianbao check [--json] 文件.nianbao.json ...'],
      ['export', '用法：nianbao export 报告.nianbao.json --docx 输出.docx --html 输出.html --fragment 代码.html（至少一个）'],
      ['import', '用法：nianbao import 报告文件（.nianbao.json / .docx / .xlsx / .pdf / .html / .txt）[-o 输出.nianbao.json]'],
    ] as const) {
      const { code, out, err } = await run(command, '--help');
      expect(code).toBe(0);
      expect(out[0]).toBe(first);
      expect(out.some((line) => /^ {2}-{1,2}[a-z]/.test(line))).toBe(true);
      expect(err).toEqual([]);
    }
    expect((await run('--help')).out).toContain('每个命令加 --help 可看它的全部选项，如 nianbao export --help。');
  });
});

describe('nianbao export', () => {
  it('writes the Word and web files of a clean report and exits 0', async () => {
    const [docx, html] = [join(dir, 'clean.docx'), join(dir, 'clean.html')];
    const { code, out } = await run('export', files.clean!, '--docx', docx, '--html', html);
    expect(code).toBe(0);
    expect(out).toEqual([`已写入 ${docx}`, `已写入 ${html}`]);
    expect([...readFileSync(docx).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(readFileSync(html, 'utf8')).toContain('<title>某某市自然资源局2025年政府信息公开工作年度报告</title>');
  });

  it('writes a report with errors as a draft and exits 1', async () => {
    const html = join(dir, 'draft.html');
    const { code, out } = await run('export', files.error!, '--html', html);
    expect(code).toBe(1);
    expect(out.at(-1)).toBe('注意：报告还有 1 个错误（另有 1 个警告），文件每页标有「草稿 · 校验未通过」，文末列出了这些问题。');
    expect(readFileSync(html, 'utf8')).toContain('草稿 · 校验未通过');
  });

  it('writes nothing for a file it cannot read, and says why', async () => {
    const docx = join(dir, 'never.docx');
    const { code, err } = await run('export', files.newer!, '--docx', docx);
    expect(code).toBe(2);
    expect(err).toEqual([`${files.newer}：文件版本为 2，比本程序支持的版本 1 新。请使用新版年报助手打开。`, '没有写出任何文件。']);
    expect(existsSync(docx)).toBe(false);
  });

  it('asks for an output file', async () => {
    const { code, err } = await run('export', files.clean!);
    expect(code).toBe(2);
    expect(err[0]).toBe('请用 --docx、--html、--fragment 或 --infographic 指定输出文件。');
  });

  it('writes with --fragment exactly the code that 「复制网页代码」 copies', async () => {
    const fragment = join(dir, 'fragment.html');
    const { code, out } = await run('export', files.error!, '--fragment', fragment);
    expect([code, out[0]]).toEqual([1, `已写入 ${fragment}`]);
    const report = setAt(busyReport(), 'applications.carriedForward.natural', 3);
    expect(readFileSync(fragment, 'utf8')).toBe(renderHtmlFragment(printModel(report, runChecks(report, { today: new Date(2025, 10, 1) }))));
    expect(readFileSync(fragment, 'utf8')).toMatch(/^<article /);
  });
});

describe('nianbao export --infographic', () => {
  const today = new Date(2025, 10, 1);

  // NOTE: resvg shapes every text with the 20 MB Noto CJK faces: about 5 s of CPU a picture.
  it('writes the 图解 as PNG, 1080 px wide, as tall as its SVG', { timeout: 300_000 }, async () => {
    const page = join(dir, '图解.png');
    expect(await run('export', files.clean!, '--infographic', page)).toEqual({ code: 0, out: [`已写入 ${page}`], err: [] });
    const report = busyReport();
    const doc = printModel(report, runChecks(report, { today }));
    expect(pngSize(readFileSync(page))).toEqual({ width: 1080, height: infographicSvg(doc, report, 'page').height });
  });

  it('takes the 长图 layout with --long, and --long only with --infographic', async () => {
    const svg = join(dir, '长图.svg');
    expect((await run('export', files.clean!, '--infographic', svg, '--long')).code).toBe(0);
    const report = busyReport();
    expect(readFileSync(svg, 'utf8')).toBe(infographicSvg(printModel(report, runChecks(report, { today })), report, 'long').svg);
    const misuse = await run('export', files.clean!, '--html', join(dir, 'x.html'), '--long');
    expect([misuse.code, misuse.err[0]]).toEqual([2, '--long 只用于 --infographic。']);
  });

  it('writes the SVG the browser draws, marked 草稿 for a report with errors, and exits 1', async () => {
    const svg = join(dir, '图解.svg');
    const { code, out } = await run('export', files.error!, '--infographic', svg);
    expect([code, out[0]]).toEqual([1, `已写入 ${svg}`]);
    const report = setAt(busyReport(), 'applications.carriedForward.natural', 3);
    const written = readFileSync(svg, 'utf8');
    expect(written).toBe(infographicSvg(printModel(report, runChecks(report, { today })), report, 'page').svg);
    expect(written).toContain('>草稿 · 校验未通过</text>');
  });

  it('writes the web section with .html, and refuses another extension or an existing file', async () => {
    const html = join(dir, '图解.html');
    expect((await run('export', files.clean!, '--infographic', html)).code).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<section aria-label="一图读懂：某某市自然资源局2025年政府信息公开工作年度报告"/);
    expect(await run('export', files.clean!, '--infographic', html)).toMatchObject({ code: 2 });
    const jpg = await run('export', files.clean!, '--infographic', join(dir, '图解.jpg'));
    expect([jpg.code, jpg.err[0]]).toEqual([2, `图解的文件名要以 .png、.svg 或 .html 结尾：${join(dir, '图解.jpg')}`]);
    expect(existsSync(join(dir, '图解.jpg'))).toBe(false);
  });
});

describe('nianbao import', () => {
  const sample = samplePath('004');

  it('recognises a published text, says what it found, and writes a report file', async () => {
    const out = join(dir, 'imported.nianbao.json');
    const { code, out: lines } = await run('import', sample, '-o', out);
    expect(code).toBe(0);
    expect(lines[0]).toBe(`${sample}：惠农区司法局 2024 年度，30号格式，按文字和表格识别`);
    expect(lines.slice(1, 4)).toEqual(['  表二：读到 10 格 / 原表印出 10 格', '  表三：读到 175 格 / 原表印出 175 格', '  表四：读到 15 格 / 原表印出 15 格']);
    expect(lines.at(-1)).toBe(`已写入 ${out}`);
    // The published report (no applications, every table 0, all sections written) passes the checks.
    const { code: checked } = await run('check', out);
    expect(checked).toBe(0);
  });

  it('names the printed rows it could not read, and why', async () => {
    const { code, err } = await run('import', samplePath('002'));
    expect(code).toBe(0);
    expect(err.slice(1, 8)).toEqual([
      '  表二：读到 0 格 / 原表印出 22 格',
      '    2019 年试行格式的栏目与现行格式不同，22 个数字未导入',
      '  表三：读到 154 格 / 原表印出 161 格',
      '    「(六) 其他处理」：2019 年试行格式中只有一行，分不到现行格式（六）的 3 项中，7 个数字未导入',
      '  表四：读到 15 格 / 原表印出 16 格',
      '    不在表四的栏目下，1 个数字未导入',
      '  未能读入的数字没有导入（不会猜测），打开报告后可以对照原表在表格中手工填写。',
    ]);
  });

  it('reads a published PDF', { timeout: 20_000 }, async () => {
    const pdf = samplePath('005');
    const { code, out, err } = await run('import', pdf);
    expect(code).toBe(0);
    expect(err.slice(0, 4)).toEqual([`${pdf}：淮安市人民政府 2024 年度，30号格式，按文字和表格识别`, '  表二：读到 10 格 / 原表印出 10 格', '  表三：读到 175 格 / 原表印出 175 格', '  表四：读到 15 格 / 原表印出 15 格']);
    expect(JSON.parse(out.join('\n')).applications.carriedForward).toEqual({ natural: 103, business: 0, research: 0, nonprofit: 0, legal: 0, other: 0, total: 103 });
  });

  it('reads an office’s Excel workbook of the three tables', async () => {
    const xlsx = join(dir, '年报表格.xlsx');
    writeFileSync(xlsx, officeWorkbook(busyReport(), 'one-sheet'));
    const { code, out, err } = await run('import', xlsx);
    expect(code).toBe(0);
    expect(err.slice(0, 5)).toEqual([
      `${xlsx}：某某市自然资源局 2025 年度，30号格式，按文字和表格识别`,
      '  表二：读到 10 格 / 原表印出 10 格',
      '  表三：读到 175 格 / 原表印出 175 格',
      '  表四：读到 15 格 / 原表印出 15 格',
      '  已从 Excel 工作簿中按表格识别（工作簿中只有表格，各部分文字需另行填写）。',
    ]);
    const report = JSON.parse(out.join('\n'));
    expect([report.proactive.feesWanYuan, report.applications.received.total]).toEqual(['12.3456', 54]);
  });

  it('writes the report to standard output and the summary to standard error without -o', async () => {
    const { code, out, err } = await run('import', files.clean!);
    expect(code).toBe(0);
    expect(err[0]).toBe(`${files.clean}：某某市自然资源局 2025 年度，30号格式，从年报助手数据完整读回`);
    expect(JSON.parse(out.join('\n'))).toEqual(JSON.parse(readFileSync(files.clean!, 'utf8')));
  });

  it('says which sections’ text came from the document when our web page was edited after export', async () => {
    const page = file('edited.html', ourHtml().replace('二是政策解读形式较为单一', '二是政策解读形式仍然比较单一'));
    const { code, err } = await run('import', page);
    expect(code).toBe(0);
    expect(err[0]).toBe(`${page}：某某市自然资源局 2025 年度，30号格式，从年报助手数据读回，“五、存在的主要问题及改进情况”的文字按文档现在的内容`);
  });

  it('refuses what it cannot read with exit 2 and writes nothing', async () => {
    const out = join(dir, 'never.nianbao.json');
    const garbage = file('garbage.bin', new Uint8Array([0x00, 0x01, 0xfe, 0xff, 0x13, 0x37]));
    const { code, err } = await run('import', garbage, '-o', out);
    expect(code).toBe(2);
    expect(err).toEqual([`${garbage}：无法识别的文件：既不是报告文件、Word 文档、Excel 工作簿、网页，也不是文字。`]);
    expect(existsSync(out)).toBe(false);
    expect((await run('import')).code).toBe(2);
  });
});

describe('the installed command', () => {
  const exec = promisify(execFile);
  const runBin = async (cmd: string, args: string[]) => {
    try {
      const { stdout, stderr } = await exec(cmd, args, { cwd: process.cwd(), env: { ...process.env, NO_COLOR: '1' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it('runs through npx right after npm install, with no build step', async () => {
    const { code, stdout } = await runBin('npx', ['--no-install', 'nianbao', 'check', '--json', files.error!]);
    expect(code).toBe(1);
    const findings = (JSON.parse(stdout) as { findings: { id: string; severity: string }[] }[])[0]?.findings ?? [];
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual(['T3-BALANCE']);
  }, 30_000);

  it('ends a bad file with a clear message and exit 2, never a stack trace', async () => {
    const { code, stdout, stderr } = await runBin('node', ['bin/nianbao.mjs', 'check', files.broken!]);
    expect(code).toBe(2);
    expect(stderr).toContain('文件不是有效的 JSON');
    expect(`${stdout}${stderr}`).not.toMatch(/\bat .+:\d+:\d+|Error:/);
  }, 30_000);

  it('reads a PDF without pdf.js warnings on standard output or error (no canvas is needed)', async () => {
    const { code, stdout, stderr } = await runBin('node', ['bin/nianbao.mjs', 'import', samplePath('005')]);
    expect(code).toBe(0);
    expect(stderr.split('\n')[1]).toBe('  表二：读到 10 格 / 原表印出 10 格');
    expect(`${stdout}${stderr}`).not.toMatch(/Warning|canvas|DOMMatrix/);
  }, 30_000);
});

// The command line never destroys a file: outputs on inputs, two outputs on one path, existing
// files without --force, devices, and a disk that fills up half-way.
import { existsSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { WriteOps } from './write-files';
import { runCli } from './main';

const fresh = () => mkdtempSync(join(tmpdir(), 'nianbao-write-'));
const reportText = JSON.stringify(busyReport());

async function run(argv: string[], writeOps?: WriteOps) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), today: () => new Date(2025, 10, 1), writeOps });
  return { code, out, err };
}

/** The real file system, except that writing the n-th temporary file fails with ENOSPC after writing half of it. */
async function fullDiskAt(n: number): Promise<WriteOps> {
  const { open, rename, rm } = await import('node:fs/promises');
  let count = 0;
  return {
    async writeNew(path, content) {
      count += 1;
      const handle = await open(path, 'wx');
      await handle.writeFile(typeof content === 'string' ? content.slice(0, 10) : content.subarray(0, 10));
      await handle.close();
      if (count === n) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      await rm(path);
      const again = await open(path, 'wx');
      await again.writeFile(content);
      await again.close();
    },
    rename,
    remove: (path) => rm(path, { force: true }),
  };
}

describe('outputs that would destroy a file are refused before anything is written', () => {
  it('refuses an output that is the input, and keeps the report', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    writeFileSync(report, reportText);
    const { code, out, err } = await run(['export', report, '--html', report, '--force']);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([`${report}：输出文件就是输入文件，写出会毁掉它；请换一个文件名。`, '没有写出任何文件。']);
    expect(readFileSync(report, 'utf8')).toBe(reportText);
    const linked = join(dir, 'link.html');
    symlinkSync(report, linked);
    expect((await run(['export', report, '--html', linked, '--force'])).err[0]).toBe(`${linked}：输出文件就是输入文件，写出会毁掉它；请换一个文件名。`);
    expect((await run(['import', report, '-o', report, '--force'])).err[0]).toBe(`${report}：输出文件就是输入文件，写出会毁掉它；请换一个文件名。`);
    expect(readFileSync(report, 'utf8')).toBe(reportText);
  });

  it('refuses two outputs on one path', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    writeFileSync(report, reportText);
    const x = join(dir, 'x');
    const { code, err } = await run(['export', report, '--docx', x, '--html', x]);
    expect(code).toBe(2);
    expect(err).toEqual([`${x}：两个输出用了同一个文件（${x}）；请各用一个文件名。`, '没有写出任何文件。']);
    expect(existsSync(x)).toBe(false);
  });

  it('replaces an existing file only with --force', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    const out = join(dir, 'out.json');
    writeFileSync(report, reportText);
    writeFileSync(out, 'keep me');
    const refused = await run(['import', report, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([`${out}：文件已存在；要替换它请加 --force。`, '没有写出任何文件。']);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await run(['import', report, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out.at(-1)).toBe(`已写入 ${out}`);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(reportText));
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'r.nianbao.json']);
  });

  it('refuses a device such as /dev/full, and writes none of the other outputs', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    writeFileSync(report, reportText);
    const ok = join(dir, 'ok.docx');
    const { code, out, err } = await run(['export', report, '--docx', ok, '--html', '/dev/full', '--force']);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual(['/dev/full：这不是普通文件（文件夹或设备），不能写入。', '没有写出任何文件。']);
    expect(readdirSync(dir)).toEqual(['r.nianbao.json']);
  });
});

describe('a disk that fills up', () => {
  it('leaves an existing valid file intact when import -o runs out of space', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    const out = join(dir, 'out.json');
    writeFileSync(report, reportText);
    writeFileSync(out, reportText);
    const { code, err } = await run(['import', report, '-o', out, '--force'], await fullDiskAt(1));
    expect(code).toBe(2);
    expect(err).toEqual([`${out}：无法写入（ENOSPC）。`, '没有写出任何文件，原有文件保持不变。']);
    expect(readFileSync(out, 'utf8')).toBe(reportText);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'r.nianbao.json']);
  });

  it('writes none of the outputs when the second cannot be written, and exits 2 truthfully', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    writeFileSync(report, reportText);
    const [docx, html] = [join(dir, 'ok.docx'), join(dir, 'ok.html')];
    const { code, out, err } = await run(['export', report, '--docx', docx, '--html', html], await fullDiskAt(2));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([`${html}：无法写入（ENOSPC）。`, '没有写出任何文件，原有文件保持不变。']);
    expect(readdirSync(dir)).toEqual(['r.nianbao.json']);
  });

  it('exits 3 and names each file when a rename fails after another succeeded', async () => {
    const dir = fresh();
    const report = join(dir, 'r.nianbao.json');
    writeFileSync(report, reportText);
    const [docx, html] = [join(dir, 'ok.docx'), join(dir, 'ok.html')];
    const { rename, rm, writeFile } = await import('node:fs/promises');
    let renames = 0;
    const ops: WriteOps = {
      writeNew: (path, content) => writeFile(path, content, { flag: 'wx' }),
      rename: async (from, to) => {
        renames += 1;
        if (renames === 2) throw Object.assign(new Error('io'), { code: 'EIO' });
        await rename(from, to);
      },
      remove: (path) => rm(path, { force: true }),
    };
    const { code, out, err } = await run(['export', report, '--docx', docx, '--html', html], ops);
    expect(code).toBe(3);
    expect(out).toEqual([`已写入 ${docx}`]);
    expect(err).toEqual([`${html}：无法写入（EIO），原有文件保持不变。`]);
    expect(readdirSync(dir).sort()).toEqual(['ok.docx', 'r.nianbao.json']);
  });
});

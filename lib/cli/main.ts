// `nianbao` — the command line. Exit codes: 0 fine, 1 a report has errors, 2 cannot run or read.
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { processIo, type CliIo } from './io';

const USAGE = [
  '年报助手命令行',
  '',
  '用法：',
  '  nianbao check [--json] 文件.nianbao.json ...   按国办公开办函〔2021〕30号格式检查报告',
  '  nianbao export 文件.nianbao.json --docx 输出.docx --html 输出.html',
  '                                                  导出 Word 文档和网页文件（两者至少一个）',
  '  nianbao import 文件 [-o 输出.nianbao.json]       导入报告文件、Word、网页或文字，说明识别了什么',
  '',
  '退出码：0 没有错误（可有警告）；1 报告存在错误（导出的文件标为草稿）；2 文件无法读取或命令用法不对。',
];

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'check') return await checkCommand(args, io);
    if (command === 'export') return await exportCommand(args, io);
    if (command === 'import') return await importCommand(args, io);
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      USAGE.forEach((line) => io.out(line));
      return command === undefined ? 2 : 0;
    }
    io.err(`不认识的命令：${command}`);
    USAGE.forEach((line) => io.err(line));
    return 2;
  } catch (error) {
    // NOTE: a bug must still end in one readable line, never a stack trace for the clerk.
    io.err(`年报助手出错了：${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

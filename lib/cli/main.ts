// `nianbao` — the command line. Exit codes: 0 fine, 1 a report has errors, 2 cannot run or read.
import { CHECK_SPEC, checkCommand } from './check';
import { EXPORT_SPEC, exportCommand } from './export';
import { IMPORT_SPEC, importCommand } from './import';
import { processIo, type CliIo } from './io';

const COMMANDS = {
  check: { spec: CHECK_SPEC, run: checkCommand },
  export: { spec: EXPORT_SPEC, run: exportCommand },
  import: { spec: IMPORT_SPEC, run: importCommand },
} as const;

const isCommand = (name: string | undefined): name is keyof typeof COMMANDS => name !== undefined && Object.hasOwn(COMMANDS, name);

const USAGE = [
  '年报助手命令行',
  '',
  ...Object.values(COMMANDS).flatMap(({ spec }) => [spec.usage[0] ?? '', `  ${spec.usage[1]?.trim() ?? ''}`]),
  '',
  '每个命令加 --help 可看它的全部选项，如 nianbao export --help。',
  '退出码：0 没有错误（可有警告）；1 报告存在错误（导出的文件标为草稿）；2 文件无法读取或命令用法不对。',
];

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (isCommand(command)) return await COMMANDS[command].run(args, io);
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

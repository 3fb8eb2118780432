// `nianbao` — the command line. Exit codes: lib/cli/write-files.ts EXIT (0 fine, 1 a report has
// errors, 2 nothing written, 3 some outputs written and not others).
import { CHECK_SPEC, checkCommand } from './check';
import { EXPORT_SPEC, exportCommand } from './export';
import { IMPORT_SPEC, importCommand } from './import';
import { processIo, type CliIo } from './io';
import { SUMMARY_SPEC, summaryCommand } from './summary';
import { EXIT_CODES_LINE } from './write-files';

const COMMANDS = {
  check: { spec: CHECK_SPEC, run: checkCommand },
  export: { spec: EXPORT_SPEC, run: exportCommand },
  import: { spec: IMPORT_SPEC, run: importCommand },
  summary: { spec: SUMMARY_SPEC, run: summaryCommand },
} as const;

const isCommand = (name: string | undefined): name is keyof typeof COMMANDS => name !== undefined && Object.hasOwn(COMMANDS, name);

const USAGE = [
  '年报助手命令行',
  '',
  ...Object.values(COMMANDS).flatMap(({ spec }) => [spec.usage[0] ?? '', `  ${spec.usage[1]?.trim() ?? ''}`]),
  '',
  '每个命令加 --help 可看它的全部选项，如 nianbao export --help。',
  EXIT_CODES_LINE,
  '写出文件的命令不覆盖已有文件（要替换请加 --force），也不写到输入文件上；每个文件先写到临时文件再改名到位。',
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

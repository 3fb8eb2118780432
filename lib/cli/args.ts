// A command's arguments read with node:util parseArgs, its mistakes said in Chinese, and --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type CommandSpec<O extends ParseArgsOptionsConfig> = {
  /** The command's usage lines, printed by --help and after a mistake. */
  usage: readonly string[];
  options: O;
};

type Values<O extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true; args: string[] }>>['values'];

export type CommandArgs<O extends ParseArgsOptionsConfig> = { values: Values<O>; files: string[] };

/** The option as typed: 「-o」 of 「'-o, --output <value>'」, 「--docx」 of 「'--docx <value>'」. */
const optionOf = (message: string) => /'(-[^' <,]+)/.exec(message)?.[1] ?? '';

function mistake(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项：${optionOf(message)}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${optionOf(message)} 后面要写文件名。`;
  return `参数不对：${message}`;
}

/** The parsed arguments, or the exit code when there is nothing to run: 0 after --help, 2 after a mistake. */
export function readArgs<O extends ParseArgsOptionsConfig>(args: readonly string[], spec: CommandSpec<O>, io: CliIo): CommandArgs<O> | number {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if ('help' in values && values.help === true) {
      spec.usage.forEach((line) => io.out(line));
      return 0;
    }
    return { values: values as Values<O>, files: positionals };
  } catch (error) {
    return usageError(mistake(error), spec, io);
  }
}

/** A misuse: what is wrong, then the usage; exit code 2. */
export function usageError(problem: string, spec: Pick<CommandSpec<ParseArgsOptionsConfig>, 'usage'>, io: CliIo): number {
  io.err(problem);
  spec.usage.forEach((line) => io.err(line));
  return 2;
}

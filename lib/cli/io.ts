// What the command line touches of the outside world, so tests can give their own.
import type { WriteOps } from './write-files';

export type CliIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  today: () => Date;
  /** How output files are written; the real file system when not given. */
  writeOps?: WriteOps;
};

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  today: () => new Date(),
};

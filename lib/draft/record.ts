// What the browser stores for one draft: the report itself (the report file's draft form) and
// what the wizard needs to resume exactly where the clerk left off.
import * as z from 'zod/mini';
import { isIsoTimestamp } from '@/lib/report/dates';
import { DraftReportSchema } from '@/lib/report/file/schema';

/** Bump with a numbered migration in migrations.ts whenever the stored shape changes. */
export const DRAFT_STORAGE_VERSION = 1;

const Timestamp = z.string().check(z.refine(isIsoTimestamp));

export const DraftRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  storageVersion: z.literal(DRAFT_STORAGE_VERSION),
  /** Moments as toISOString writes them, on a real day: the home page and the wizard print them. */
  createdAt: Timestamp,
  savedAt: Timestamp,
  /** The wizard step the clerk was on (a step the wizard does not know opens at 基本信息). */
  step: z.string(),
  report: DraftReportSchema,
  /** Text typed into a cell that is not a number yet (「1/」): kept so no keystroke is lost. */
  inputs: z.record(z.string(), z.string()),
  /**
   * How many times the draft was stored (absent: never, or stored before revisions were kept). A
   * save names the revision its tab read and is refused when the stored one has moved on since.
   */
  revision: z.optional(z.int().check(z.nonnegative())),
  /**
   * How many errors the checks found in the draft when it was stored (error-count.ts): the home
   * page shows it without loading the checks. Absent in a record stored before it was kept (the
   * home page counts those itself, after its first paint).
   */
  errors: z.optional(z.int().check(z.nonnegative())),
});

export type DraftRecord = z.infer<typeof DraftRecordSchema>;

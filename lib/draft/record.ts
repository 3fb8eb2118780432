// What the browser stores for one draft: the report itself (the report file's draft form) and
// what the wizard needs to resume exactly where the clerk left off.
import * as z from 'zod/mini';
import { DraftReportSchema } from '@/lib/report/file/schema';

/** Bump with a numbered migration in migrations.ts whenever the stored shape changes. */
export const DRAFT_STORAGE_VERSION = 1;

export const DraftRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  storageVersion: z.literal(DRAFT_STORAGE_VERSION),
  createdAt: z.string(),
  savedAt: z.string(),
  /** The wizard step the clerk was on. */
  step: z.string(),
  report: DraftReportSchema,
  /** Text typed into a cell that is not a number yet (「1/」): kept so no keystroke is lost. */
  inputs: z.record(z.string(), z.string()),
});

export type DraftRecord = z.infer<typeof DraftRecordSchema>;

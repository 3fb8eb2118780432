// What 新建报告 and 打开文件 do before the wizard opens: loaded on the click (import()), so the home
// page's first load carries neither the report file's reader nor the checks that count a new
// draft's errors.
import type { DraftRecord } from '@/lib/draft/record';
import { readReportBytes, tooLarge } from '@/lib/report/file/read';
import { withoutPrintedTotals } from '@/lib/report/totals';
import { newDraftRecord } from './new-draft';

export { newDraftRecord };

/** A new draft from a report file, or the problems to show (the drafts stored are left as they are). */
export async function draftFromFile(file: File): Promise<{ ok: true; record: DraftRecord } | { ok: false; problems: string[] }> {
  const large = tooLarge(file.size);
  if (large) return { ok: false, problems: [`「${file.name}」：${large}`] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, problems: [`「${file.name}」无法读取（文件可能已被移动或正在被其他程序使用），现有的报告没有任何改动。`] };
  }
  const read = readReportBytes(bytes);
  if (!read.ok) return { ok: false, problems: [`「${file.name}」无法打开，现有的报告没有任何改动：`, ...read.problems] };
  // The wizard computes every total itself; totals printed in the file would go stale.
  return { ok: true, record: newDraftRecord(withoutPrintedTotals(read.report)) };
}

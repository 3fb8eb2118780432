// Download names: {机关}{年度}年政府信息公开工作年度报告.{ext}, safe on Windows file systems.
import type { DraftReport } from './schema';
import { reportTitle } from '../title';

/** `what` names a part of the report after its title: 「…年度报告-图解.png」. */
export function reportFileName(meta: DraftReport['meta'], extension: string, what?: string): string {
  const title = reportTitle(meta).replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return `${title}${what ? `-${what}` : ''}.${extension}`;
}

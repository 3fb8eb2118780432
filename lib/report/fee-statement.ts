// 六（一）收取信息处理费情况: always stated, also when nothing was charged (format.md §2, §7;
// 国办函〔2020〕109号). Built from the three fee fields; the clerk's note follows it.
import type { DraftReport } from './file/schema';

export function feeStatement(fees: DraftReport['other']['fees']): string {
  const note = fees.note?.trim() ?? '';
  let statement = '';
  if (fees.charged === false) statement = '本年度未收取信息处理费。';
  if (fees.charged === true) {
    const cases = fees.cases ?? '__';
    const amount = fees.amountYuan?.trim() || '__';
    statement = `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${cases}件，共计${amount}元。`;
  }
  return [statement, note].filter(Boolean).join('');
}

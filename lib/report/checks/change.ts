// X-CHANGE (rules.md): a key figure more than 3 times last year's, or under a third of it, is
// asked about — a digit dropped or added (9 for 90) shows up here. A question, never an error.
import type { Finding } from './findings';
import type { DraftReport } from '../file/schema';
import { yearOverYear } from '../key-figures';
import { describePath } from '../paths';

/** Above this factor either way a change is asked about. */
export const CHANGE_FACTOR = 3;
/** Small numbers move a lot: when both years are below this, nothing is asked. */
export const CHANGE_FLOOR = 10;

const show = (n: number) => String(Number(n.toFixed(4)));

export function yearOverYearChanges(report: DraftReport): Finding[] {
  const year = report.lastYear?.year;
  return yearOverYear(report).flatMap(({ path, thisYear, lastYear }): Finding[] => {
    if (thisYear === null || lastYear === null || Math.max(thisYear, lastYear) < CHANGE_FLOOR) return [];
    const up = thisYear > CHANGE_FACTOR * lastYear;
    const down = lastYear > CHANGE_FACTOR * thisYear;
    if (!up && !down) return [];
    const ratio =
      lastYear === 0 ? '上年为 0' : thisYear === 0 ? '本年为 0' : up ? `约为上年的 ${Math.round(thisYear / lastYear)} 倍` : `约为上年的 1/${Math.round(lastYear / thisYear)}`;
    return [
      {
        id: 'X-CHANGE',
        severity: 'info',
        path,
        message: `${describePath(path)}本年为 ${show(thisYear)}，上年（${year}年）为 ${show(lastYear)}，${ratio}。是否${up ? '多' : '少'}填了一位或填错了行？确有变化的，不必修改。`,
      },
    ];
  });
}

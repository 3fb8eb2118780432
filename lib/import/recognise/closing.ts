// The closing of a report (format.md §2): the agency's name and the date, right-aligned under the
// last section. Not text of 六: the date is the report's 成文日期 and the app prints its own closing.
import { isoDate } from '@/lib/report/dates';
import { withoutSpaces } from './normalise';

const DATE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;
const MAX_CLOSING = 2;

/** The last section's paragraphs without the closing, and the closing's date as an ISO date. */
export function takeClosing(paragraphs: readonly string[], agency: string): { paragraphs: string[]; issuedOn: string | null } {
  const kept = [...paragraphs];
  let issuedOn: string | null = null;
  const name = withoutSpaces(agency);
  for (let taken = 0; taken < MAX_CLOSING && kept.length > 0; taken++) {
    const last = withoutSpaces(kept[kept.length - 1] ?? '').normalize('NFKC');
    const afterName = name && last.startsWith(name) ? last.slice(name.length) : last;
    const date = DATE.exec(afterName);
    // A real day only: 「2月31日」 is no date, and the line stays text of the report.
    const real = date ? isoDate(Number(date[1]), Number(date[2]), Number(date[3])) : null;
    if (real) {
      issuedOn = real;
    } else if (afterName !== '') {
      break;
    }
    kept.pop();
  }
  return { paragraphs: kept, issuedOn };
}

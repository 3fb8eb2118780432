// The closing of a report (format.md §2): the agency's name and the date, right-aligned under the
// last section. Not text of 六: the date is the report's 成文日期 and the app prints its own closing.
import { withoutSpaces } from './normalise';

const DATE = /^((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日$/;
const MAX_CLOSING = 2;

const pad = (n: string) => n.padStart(2, '0');

/** The last section's paragraphs without the closing, and the closing's date as an ISO date. */
export function takeClosing(paragraphs: readonly string[], agency: string): { paragraphs: string[]; issuedOn: string | null } {
  const kept = [...paragraphs];
  let issuedOn: string | null = null;
  const name = withoutSpaces(agency);
  for (let taken = 0; taken < MAX_CLOSING && kept.length > 0; taken++) {
    const last = withoutSpaces(kept[kept.length - 1] ?? '').normalize('NFKC');
    const afterName = name && last.startsWith(name) ? last.slice(name.length) : last;
    const date = DATE.exec(afterName);
    const month = Number(date?.[2]);
    const day = Number(date?.[3]);
    if (date && month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      issuedOn = `${date[1]}-${pad(date[2] ?? '')}-${pad(date[3] ?? '')}`;
    } else if (afterName !== '') {
      break;
    }
    kept.pop();
  }
  return { paragraphs: kept, issuedOn };
}

// About ten pages of pasted PDF text (some 20,000 characters): the busy agency's report with its
// prose written out at length, for the speed test and the benchmark. Test helper.
import { busyReport } from '@/lib/report/testing/sample-reports';
import type { Report } from '@/lib/report/file/schema';
import { renderPdfText } from './render-pdf-text';

/** How many times each prose part is written out: enough for about ten A4 pages. */
const REPEAT = 48;

const longer = (text: string) => (text ? Array<string>(REPEAT).fill(text).join('\n') : text);

/** The busy report with every prose part `REPEAT` paragraphs long. */
export function tenPageReport(): Report {
  const busy = busyReport();
  return {
    ...busy,
    overview: {
      intro: longer(busy.overview.intro),
      proactive: longer(busy.overview.proactive),
      requests: longer(busy.overview.requests),
      management: longer(busy.overview.management),
      platforms: longer(busy.overview.platforms),
      oversight: longer(busy.overview.oversight),
    },
    problems: { problems: longer(busy.problems.problems), improvements: longer(busy.problems.improvements) },
    other: { ...busy.other, workPoints: longer(busy.other.workPoints), proposals: longer(busy.other.proposals) },
  };
}

export const tenPageText = (): string => renderPdfText(tenPageReport());

// Prose lines back into paragraphs. PDF text breaks every line at the page width and web text
// breaks paragraphs at page ends (「…等普」 / 「法宣传…」): a line that does not end a sentence runs on
// into the next. Headings stay paragraphs of their own: the title, the six section headings,
// short numbered part headings (「（一）主动公开情况」) and short lines without punctuation.
import { matchSectionHeading, startsNumbered } from '../../recognise/headings';
import { titleOf } from '../../recognise/meta';
import { withoutSpaces } from '../../recognise/normalise';
import { isLonePageNumber } from './lines';

/** No agency's name is longer than this: a longer line ending like a title is a sentence. */
const MAX_TITLE_AGENCY = 40;
const SENTENCE_END = /[。！？!?；;：:…][”’」』）)"']*$/;
/** 「；」「：」 end a list item, but a full PDF line ending with one runs on into the next. */
const SOFT_END = /[；;：:][”’」』）)"']*$/;
const INNER_SENTENCE_END = /[。！？!?；;]./;
const RUNS_ON = /[，、,]$/;
const MAX_HEADING = 40;
const MAX_SHORT_LINE = 20;

const isTitleLine = (line: string): boolean => (titleOf(line)?.before.length ?? Number.POSITIVE_INFINITY) <= MAX_TITLE_AGENCY;

/** No page is narrower than this: a few short lines do not make a page width. */
const MIN_FULL_LINE = 24;

/** The length of a full line: most lines of PDF text are this long, web text has whole paragraphs. */
export function fullLineLength(lines: readonly string[]): number {
  const lengths = lines.map((line) => withoutSpaces(line).length).filter((n) => n > 0);
  lengths.sort((a, b) => a - b);
  return Math.max(MIN_FULL_LINE, lengths[Math.floor(lengths.length * 0.8)] ?? 0);
}

function isHeading(line: string, full: number): boolean {
  if (matchSectionHeading(line) || isTitleLine(line)) return true;
  const length = withoutSpaces(line).length;
  if (startsNumbered(line)) {
    return length <= MAX_HEADING && length < full * 0.85 && !INNER_SENTENCE_END.test(line) && !RUNS_ON.test(line);
  }
  return !SENTENCE_END.test(line) && !RUNS_ON.test(line) && length <= Math.min(MAX_SHORT_LINE, full * 0.5);
}

const SPACE_BESIDE_CJK = /(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])[ \t]+|[ \t]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])/g;

/** Chinese text has no spaces: those beside a Chinese character or punctuation are layout. */
const withoutLayoutSpaces = (text: string): string => text.replace(SPACE_BESIDE_CJK, '');

/** Paragraphs of prose lines; `full` is the document's full line length (see fullLineLength). */
export function joinLines(lines: readonly string[], full: number): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    if (current) paragraphs.push(withoutLayoutSpaces(current));
    current = '';
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '' || isLonePageNumber(line)) continue;
    const heading = isHeading(line, full);
    if (heading || startsNumbered(line)) flush();
    current += line;
    const fullLine = withoutSpaces(line).length >= full * 0.85;
    if (heading || (SENTENCE_END.test(line) && !(fullLine && SOFT_END.test(line)))) flush();
  }
  flush();
  return paragraphs;
}

// 六、其他需要报告的事项 into its parts by their words, and the 信息处理费 statement into the fee
// fields: 「未收取信息处理费」 → not charged; 「收取信息处理费3件，共计300元」 → charged, 3 cases, 300 元.
// A sentence that settles the fees is not kept as text: the report prints its own statement
// (fee-statement.ts). One that does not is kept as the fee note for the clerk to answer.
import { parseCount, parseYuan } from '@/lib/report/numbers';
import type { DraftReport } from '@/lib/report/file/schema';
import { numberedHeading } from './headings';
import { withoutSpaces } from './normalise';
import { joinParagraphs } from './prose';

type OtherKey = Exclude<keyof DraftReport['other'], 'fees'>;
type Fees = DraftReport['other']['fees'];

const FEE_WORD = '处理费';
const PART_WORDS: readonly { key: OtherKey | 'fees'; words: readonly string[] }[] = [
  { key: 'fees', words: [FEE_WORD] },
  { key: 'workPoints', words: ['要点'] },
  { key: 'proposals', words: ['建议', '提案'] },
  { key: 'innovation', words: ['创新'] },
  { key: 'others', words: ['其他'] },
];
const MAX_PART_HEADING = 25;
const NOT_CHARGED = new RegExp(
  [
    '(?:未|没有|不|无)[^。；;，,]{0,12}?(?:收取|产生|发生|收)[^。；;，,]{0,30}?处理费', // 未收取信息处理费, 没有产生信息公开处理费
    '(?:未|没有|无)[^。；;，,]{0,4}?处理费', // 无信息处理费
    '处理费[^。；;，,\\d.]{0,12}?(?:0|零|无)(?:元|件)?(?:[，,。；;]|$)', // 信息处理费：0元 (not the 0 of 3940元)
    '(?:未|没有|不)[^。；;，,]{0,6}?收取?任何费用', // 不收取任何费用
  ].join('|'),
);
const CHARGED = /收取[^。；;]{0,40}?处理费/;
/** A sentence about the fees: it names the 处理费, or says no 费用 of any kind was charged. */
const isFeeSentence = (text: string): boolean => text.includes(FEE_WORD) || /收取?任何费用/.test(text);

/** The fee fields a sentence settles, or null when it does not say whether fees were charged. */
export function readFeeSentence(sentence: string): Fees | null {
  const text = withoutSpaces(sentence.normalize('NFKC'));
  if (!isFeeSentence(text)) return null;
  if (NOT_CHARGED.test(text)) return { charged: false, cases: null, amountYuan: null };
  if (!CHARGED.test(text)) return null;
  const charged = text.slice(text.search(/收取/));
  const cases = /处理费[^。；;]{0,20}?(\d+)件/.exec(charged) ?? /(\d+)件/.exec(charged);
  const amount = /(\d+(?:\.\d+)?)元/.exec(charged.replace(/\d+(?:\.\d+)?万元/g, ''));
  const yuan = amount ? parseYuan(amount[1] ?? '') : null;
  const count = cases ? parseCount(cases[1] ?? '') : null;
  return { charged: true, cases: count?.ok ? count.value : null, amountYuan: yuan?.ok ? yuan.value : null };
}

const sentencesOf = (paragraph: string): string[] => paragraph.match(/[^。！？!?]+[。！？!?]*[”’」』）)]*/g) ?? [];

export function recogniseOther(paragraphs: readonly string[]): { other: DraftReport['other']; feeSentence: string | null } {
  const parts: Record<OtherKey, string[]> = { workPoints: [], proposals: [], innovation: [], others: [] };
  let current: OtherKey | 'fees' = 'others';
  let fees: Fees = { charged: null, cases: null, amountYuan: null };
  let feeSentence: string | null = null;
  const unsettled: string[] = [];
  for (const paragraph of paragraphs) {
    const heading = numberedHeading(paragraph);
    const part = heading ? PART_WORDS.find((p) => p.words.some((w) => heading.head.includes(w))) : undefined;
    let text = paragraph;
    if (heading && part) {
      current = part.key;
      text = withoutSpaces(heading.head).length <= MAX_PART_HEADING ? heading.rest : heading.text;
    }
    const kept: string[] = [];
    for (const sentence of sentencesOf(text)) {
      const read = fees.charged === null ? readFeeSentence(sentence) : null;
      if (read) {
        fees = read;
        feeSentence = sentence.trim();
      } else if (sentence.includes(FEE_WORD) && fees.charged === null) {
        unsettled.push(sentence.trim());
      } else {
        kept.push(sentence);
      }
    }
    const rest = kept.join('').trim();
    if (rest) parts[current === 'fees' ? 'others' : current].push(rest);
  }
  if (unsettled.length > 0) {
    if (fees.charged === null) fees = { ...fees, note: unsettled.join('') };
    else parts.others.push(unsettled.join(''));
  }
  const other = {
    fees,
    workPoints: joinParagraphs(parts.workPoints),
    proposals: joinParagraphs(parts.proposals),
    innovation: joinParagraphs(parts.innovation),
    others: joinParagraphs(parts.others),
  };
  return { other, feeSentence };
}

import { describe, expect, it } from 'vitest';
import { readFeeSentence, recogniseOther } from './other';
import { importText } from '../import-text';
import { publishedSample } from '../testing/samples';

describe('the 信息处理费 statement', () => {
  it.each([
    '2024年，惠农区司法局未收到政府信息公开申请，未收取信息处理费。',
    '无收取信息处理费的情况。',
    '本年度没有产生信息公开处理费。',
    '本机关不收取信息处理费。',
    '收取信息处理费：0元。',
    '本年度未收到申请，无信息处理费。',
    '本年度没有收取信息处理费。',
    '依申请公开政府信息不收取任何费用。',
    '2024年未收取政府信息公开信息处理费。',
  ])('reads 「%s」 as not charged', (sentence) => {
    expect(readFeeSentence(sentence)).toEqual({ charged: false, cases: null, amountYuan: null });
  });

  it('reads the cases and the amount of fees that were charged', () => {
    expect(readFeeSentence('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费3件，共计300元。')).toEqual({ charged: true, cases: 3, amountYuan: '300' });
    expect(readFeeSentence('本年度收取信息处理费 2 件。')).toEqual({ charged: true, cases: 2, amountYuan: null });
    expect(readFeeSentence('本年度办理申请45件，其中收取信息处理费2件，计150.5元。')).toEqual({ charged: true, cases: 2, amountYuan: '150.5' });
  });

  it.each([
    ['收取信息处理费共计380元。', { charged: true, cases: null, amountYuan: '380' }],
    ['全年收取政府信息公开信息处理费3940元。', { charged: true, cases: null, amountYuan: '3940' }],
    ['本年度收取信息公开处理费用200元，涉及4件。', { charged: true, cases: 4, amountYuan: '200' }],
    ['收取信息处理费10元。', { charged: true, cases: null, amountYuan: '10' }],
    ['收取信息处理费1件，共计100元。', { charged: true, cases: 1, amountYuan: '100' }],
  ] as const)('reads 「%s」 as charged with its amount', (sentence, fees) => {
    expect(readFeeSentence(sentence)).toEqual(fees);
  });

  it('does not decide from a sentence that does not say whether fees were charged', () => {
    expect(readFeeSentence('信息处理费按照国办函〔2020〕109号执行。')).toBeNull();
    expect(readFeeSentence('本年度未发生行政复议。')).toBeNull();
  });
});

describe('六、其他需要报告的事项', () => {
  it('puts each numbered part by its words and drops the fee sentence the report prints itself', () => {
    const { other, feeSentence } = recogniseOther([
      '（一）收取信息处理费情况',
      '本年度未收取信息处理费。',
      '（二）2022年政务公开工作要点落实情况。逐项落实。',
      '（三）人大代表建议和政协提案办理结果公开情况',
      '办理建议3件。',
      '（四）政务公开工作创新情况',
      '开通政策问答栏目。',
    ]);
    expect(other).toEqual({
      fees: { charged: false, cases: null, amountYuan: null },
      workPoints: '逐项落实。',
      proposals: '办理建议3件。',
      innovation: '开通政策问答栏目。',
      others: '',
    });
    expect(feeSentence).toBe('本年度未收取信息处理费。');
  });

  it('keeps a fee sentence it cannot settle as the fee note, and text without a part under 其他', () => {
    const { other } = recogniseOther(['信息处理费按规定执行。本单位无其他需要报告的事项。']);
    expect(other.fees).toEqual({ charged: null, cases: null, amountYuan: null, note: '信息处理费按规定执行。' });
    expect(other.others).toBe('本单位无其他需要报告的事项。');
  });
});

describe('the 信息处理费 of the published samples', () => {
  it.each([
    ['000', false],
    ['001', false],
    ['002', null],
    ['003', false],
    ['004', false],
  ] as const)('reads sample %s as charged: %s', (id, charged) => {
    const outcome = importText(publishedSample(id));
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.report.other.fees).toMatchObject({ charged, cases: null, amountYuan: null });
  });

  it('reads a sample whose fee sentence says a fee was charged as charged, with its amount', () => {
    const charged = publishedSample('004').replace('未收取信息处理费。', '全年收取政府信息公开信息处理费3940元。');
    const outcome = importText(charged);
    expect(outcome.ok && outcome.report.other.fees).toEqual({ charged: true, cases: null, amountYuan: '3940' });
  });
});

describe('what the review says of the 信息处理费', () => {
  const notesOf = (sentence: string) => {
    const outcome = importText(publishedSample('004').replace('2024年，惠农区司法局未收到政府信息公开申请，未收取信息处理费。', sentence));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    return { fees: outcome.report.other.fees, notes: outcome.notes.filter((note) => note.includes('处理费')) };
  };

  it.each([
    ['收取信息处理费共计380元。', { charged: true, cases: null, amountYuan: '380' }, '信息处理费：原文“收取信息处理费共计380元。”，已记为收取 380 元；原文没有写明收费件数，请补填。'],
    ['本年度收取信息公开处理费用200元，涉及4件。', { charged: true, cases: 4, amountYuan: '200' }, '信息处理费：原文“本年度收取信息公开处理费用200元，涉及4件。”，已记为收取 4 件、200 元。'],
    ['本年度收取信息处理费2件。', { charged: true, cases: 2, amountYuan: null }, '信息处理费：原文“本年度收取信息处理费2件。”，已记为收取 2 件；原文没有写明收费金额，请补填。'],
    ['依申请公开政府信息不收取任何费用。', { charged: false, cases: null, amountYuan: null }, '信息处理费：原文“依申请公开政府信息不收取任何费用。”，已记为本年度未收取。'],
    ['信息处理费按照国办函〔2020〕109号执行。', { charged: null, cases: null, amountYuan: null, note: '信息处理费按照国办函〔2020〕109号执行。' }, '信息处理费：原文没有说清是否收取，相关文字放在“补充说明”中，请选择是否收取。'],
    ['本单位无其他需要报告的事项。', { charged: null, cases: null, amountYuan: null }, '原文没有说明是否收取信息处理费，请补充（没有收取也要写明）。'],
  ] as const)('「%s」: the fee fields and the one note', (sentence, fees, note) => {
    expect(notesOf(sentence)).toEqual({ fees, notes: [note] });
  });
});

import { describe, expect, it } from 'vitest';
import { takeClosing } from './closing';

describe('the closing date', () => {
  it('is read when it is a real day, 29 February of a leap year included', () => {
    expect(takeClosing(['正文。', '某某县司法局', '2025年1月6日'], '某某县司法局')).toEqual({ paragraphs: ['正文。'], issuedOn: '2025-01-06' });
    expect(takeClosing(['正文。', '2024年2月29日'], '')).toEqual({ paragraphs: ['正文。'], issuedOn: '2024-02-29' });
  });

  it('is not read when the day does not exist (2月31日, 4月31日, 2月29日 of 2025): the line is kept as text', () => {
    for (const day of ['2025年2月31日', '2025年4月31日', '2025年2月29日', '2025年13月1日']) {
      expect(takeClosing(['正文。', day], '')).toEqual({ paragraphs: ['正文。', day], issuedOn: null });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PROSE_HINTS } from './prose-hints';
import { OTHER_PARTS, OVERVIEW_PARTS, PROBLEMS_PARTS } from './sections';

describe('the prose hints', () => {
  it('give every prose part one hint, and no field that is not a prose part', () => {
    const paths = [...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].map((part) => part.path);
    expect(Object.keys(PROSE_HINTS).sort()).toEqual([...paths].sort());
    expect(paths).toHaveLength(12);
    for (const path of paths) expect(PROSE_HINTS[path]?.length, path).toBeGreaterThan(10);
  });

  it('ask for the figures the tables hold in words that name the table', () => {
    expect(PROSE_HINTS['overview.proactive']).toBe('本年主动公开信息的数量、重点领域信息公开和政策解读情况；规章、行政规范性文件等数字应与表二一致。');
    expect(PROSE_HINTS['overview.requests']).toBe('收到和办理申请的数量、答复和结转情况，如“收到政府信息公开申请N件”；数字应与表三一致。');
  });
});

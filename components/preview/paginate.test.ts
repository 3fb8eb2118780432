import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

describe('packing blocks into pages', () => {
  it('fills a page with whole blocks and starts a new one when the next does not fit', () => {
    expect(paginate([{ kind: 'block', height: 40 }, { kind: 'block', height: 50 }, { kind: 'block', height: 20 }], 100)).toEqual([
      [{ index: 0 }, { index: 1 }],
      [{ index: 2 }],
    ]);
  });

  it('keeps a heading with the block after it', () => {
    expect(paginate([{ kind: 'block', height: 70 }, { kind: 'block', height: 10, keepWithNext: true }, { kind: 'block', height: 30 }], 100)).toEqual([
      [{ index: 0 }],
      [{ index: 1 }, { index: 2 }],
    ]);
  });

  it('keeps a chain of headings with the first block of content after them', () => {
    const blocks = [
      { kind: 'block', height: 60 },
      { kind: 'block', height: 10, keepWithNext: true },
      { kind: 'block', height: 10, keepWithNext: true },
      { kind: 'block', height: 30 },
    ] as const;
    expect(paginate(blocks, 100)).toEqual([[{ index: 0 }], [{ index: 1 }, { index: 2 }, { index: 3 }]]);
  });

  it('splits a table between rows and repeats its header on the next page', () => {
    const pages = paginate([{ kind: 'block', height: 30 }, { kind: 'table', headerHeight: 20, rowHeights: [20, 20, 20, 20, 20] }], 100);
    expect(pages).toEqual([
      [{ index: 0 }, { index: 1, rows: [0, 2] }],
      [{ index: 1, rows: [2, 5] }],
    ]);
  });

  it('moves a table to the next page when not even its header and first row fit', () => {
    expect(paginate([{ kind: 'block', height: 80 }, { kind: 'table', headerHeight: 15, rowHeights: [10] }], 100)).toEqual([[{ index: 0 }], [{ index: 1, rows: [0, 1] }]]);
  });

  it('puts a row taller than a page on a page of its own rather than looping', () => {
    expect(paginate([{ kind: 'table', headerHeight: 10, rowHeights: [150, 10] }], 100)).toEqual([[{ index: 0, rows: [0, 1] }], [{ index: 0, rows: [1, 2] }]]);
  });

  it('breaks a table only between its groups of rows, moving a group that does not fit to the next page', () => {
    // Header 10, then groups of one, one, three and one rows: the group of three (60) never splits.
    const table = { kind: 'table', headerHeight: 10, rowHeights: [0, 10, 10, 20, 20, 20, 10], groups: [2, 1, 3, 1] } as const;
    expect(paginate([{ kind: 'block', height: 30 }, table], 100)).toEqual([
      [{ index: 0 }, { index: 1, rows: [0, 3] }],
      [{ index: 1, rows: [3, 7] }],
    ]);
    // Without groups the same rows would split the group of three.
    expect(paginate([{ kind: 'block', height: 30 }, { ...table, groups: undefined }], 100)[0]).toEqual([{ index: 0 }, { index: 1, rows: [0, 5] }]);
  });

  it('keeps the last paragraph with the closing, and starts the list of problems on a page of its own', () => {
    const pages = paginate(
      [
        { kind: 'block', height: 80 },
        { kind: 'block', height: 10, keepWithNext: true },
        { kind: 'block', height: 15 },
        { kind: 'block', height: 5, pageBreakBefore: true },
        { kind: 'block', height: 5 },
      ],
      100,
    );
    expect(pages).toEqual([[{ index: 0 }], [{ index: 1 }, { index: 2 }], [{ index: 3 }, { index: 4 }]]);
  });
});

import { describe, expect, it } from 'vitest';
import { CellValues } from './cell-values';

describe('cell values', () => {
  const setup = () => {
    const values = new CellValues();
    const heard: string[] = [];
    for (const path of ['applications.received.natural', 'applications.received.business', 'review.reconsideration.upheld']) {
      values.subscribe(path, () => heard.push(path));
    }
    return { values, heard };
  };

  it('tells a cell of its own change only', () => {
    const { values, heard } = setup();
    values.changed('applications.received.natural');
    expect(heard).toEqual(['applications.received.natural']);
  });

  it('tells every cell under a part that changed as a whole, and everyone when no name is given', () => {
    const { values, heard } = setup();
    values.changed('applications');
    expect(heard).toEqual(['applications.received.natural', 'applications.received.business']);
    heard.length = 0;
    values.changed(undefined);
    expect(heard).toHaveLength(3);
  });

  it('forgets a listener that unsubscribed, and a change elsewhere tells nobody', () => {
    const values = new CellValues();
    let calls = 0;
    const off = values.subscribe('applications.received.natural', () => calls++);
    values.changed('meta.agency');
    off();
    values.changed('applications.received.natural');
    expect(calls).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { TypedInputs } from './typed-inputs';

describe('typed inputs', () => {
  it('keeps what is typed for saving, and reports it only once the clerk leaves the field', () => {
    const typed = new TypedInputs({ 'a.b': 'x' });
    let calls = 0;
    typed.subscribe(() => calls++);
    typed.set('c.d', '1/', true);
    expect(typed.snapshot()).toEqual({ 'a.b': 'x', 'c.d': '1/' });
    expect(typed.settled()).toEqual({ 'a.b': 'x' });
    typed.settle('c.d');
    expect(typed.settled()).toEqual({ 'a.b': 'x', 'c.d': '1/' });
    typed.set('a.b', undefined);
    expect(typed.snapshot()).toEqual({ 'c.d': '1/' });
    expect(calls).toBe(3);
  });

  it('does nothing when nothing changes', () => {
    const typed = new TypedInputs({});
    let calls = 0;
    typed.subscribe(() => calls++);
    typed.set('a', undefined);
    typed.settle('a');
    expect(calls).toBe(0);
  });
});

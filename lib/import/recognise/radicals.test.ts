import { describe, expect, it } from 'vitest';
import { importText } from '../import-text';
import { publishedSample } from '../testing/samples';
import { foldRadicals } from './radicals';

describe('radicals as the ideographs they stand for', () => {
  it('folds Kangxi radicals, the radicals supplement and compatibility ideographs, simplified where Chromium means simplified', () => {
    expect(foldRadicals('⼀、总体情况 ⼆、主动公开 ⼈⺠政府⻔⼾⽹站 意⻅ ⻓期 ⻩⾭')).toBe('一、总体情况 二、主动公开 人民政府门户网站 意见 长期 黄青');
    expect(foldRadicals('\uF900')).toBe('豈');
  });

  it('leaves full-width punctuation and everything else as printed', () => {
    const text = '（一）主动公开情况：全年１２件，“三安全一稳定”。ABC 123';
    expect(foldRadicals(text)).toBe(text);
  });

  it('recognises pasted text copied from a Chromium PDF as the same text without them', () => {
    const plain = publishedSample('000');
    const chromium = plain.replaceAll('一', '⼀').replaceAll('二', '⼆').replaceAll('民', '⺠');
    expect(chromium).not.toBe(plain);
    expect(importText(chromium)).toEqual(importText(plain));
  });
});

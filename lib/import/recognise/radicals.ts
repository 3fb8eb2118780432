// Kangxi radicals (⼀ U+2F00 …), CJK radicals supplement (⺠ U+2EA0 …) and CJK compatibility
// ideographs as the ideographs they stand for: Chromium writes them into its PDFs' text (its
// fonts draw 一 and ⼀ with one glyph, and the PDF names the glyph by either), and text copied from
// such a PDF carries them. Only these characters change, so the full-width punctuation a clerk
// sees stays as printed: Kangxi radicals and compatibility ideographs by NFKC, except where NFKC
// gives the traditional form of a character a simplified-Chinese font draws simplified (⼾ is 户,
// not 戶); the radicals supplement, which NFKC leaves alone, by the simplified characters that
// share their glyph (Unicode's EquivalentUnifiedIdeograph.txt).
const SIMPLIFIED: Readonly<Record<string, string>> = {
  '\u2F3E': '户', // ⼾ → 戶 by NFKC
  '\u2FAD': '青', // ⾭ → 靑
  '\u2FC8': '黄', // ⿈ → 黃
  '\u2E9F': '母',
  '\u2EA0': '民',
  '\u2EC4': '西',
  '\u2EC5': '见',
  '\u2EC6': '角',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2ED8': '青',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EDD': '食',
  '\u2EE2': '马',
  '\u2EE3': '骨',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE7': '卤',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEC': '齐',
  '\u2EEE': '齿',
  '\u2EF0': '龙',
  '\u2EF3': '龟',
};

const RADICAL = /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/g;

/** The text with radicals and compatibility ideographs as ordinary ideographs (⼀ → 一, ⺠ → 民). */
export const foldRadicals = (text: string): string => text.replace(RADICAL, (ch) => SIMPLIFIED[ch] ?? ch.normalize('NFKC'));

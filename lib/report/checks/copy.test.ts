import { describe, expect, it } from 'vitest';
import { setAt } from '../paths';
import type { DraftReport } from '../file/schema';
import { busyReport } from '../testing/sample-reports';
import { copiedFromLastYear, lastYearAsReportYear } from './copy';
import { copiedShare } from './similarity';

function variant(changes: readonly [string, unknown][], base: DraftReport = busyReport()): DraftReport {
  return changes.reduce<DraftReport>((report, [path, value]) => setAt(report, path, value), base);
}

const REWRITE = '照搬上年内容会被评议认定为敷衍塞责，请按本年实际情况重写。';

describe('X-COPY', () => {
  const lastOverview = '2024年，本局围绕中心工作推进政务公开，重点做好规划、用地等领域信息发布，公开质量有所提高。';
  const lastProblems = '公开内容的系统性有待加强，基层工作人员业务能力需进一步提升。';

  it('accepts parts rewritten for the year', () => {
    expect(copiedFromLastYear(busyReport())).toEqual([]);
  });

  it('flags a part of 一 copied from last year with only the year changed, at its own field', () => {
    const report = variant([['overview.intro', '2025年，本局围绕中心工作推进政务公开，重点做好规划、用地等领域信息发布，公开质量有所提高。']]);
    expect(copiedShare(report.overview.intro, lastOverview)).toBe(40 / 44);
    expect(copiedFromLastYear(report)).toEqual([
      { id: 'X-COPY', severity: 'warning', path: 'overview.intro', message: `一、总体情况「引言」与上年报告有 91% 相同。${REWRITE}` },
    ]);
  });

  it('judges each part of 五 on its own: flagged at exactly 70%, not at 65%', () => {
    // 23 characters → 20 shingles, of which the 14 inside the copied 17 characters occur last year.
    const seventy = '公开内容的系统性有待加强，基层工作今年逐项整改';
    expect(copiedShare(seventy, lastProblems)).toBe(0.7);
    expect(copiedFromLastYear(variant([['problems.problems', seventy]]))).toEqual([
      { id: 'X-COPY', severity: 'warning', path: 'problems.problems', message: `五、存在的主要问题及改进情况「存在的主要问题」与上年报告有 70% 相同。${REWRITE}` },
    ]);
    const sixtyFive = '公开内容的系统性有待加强，基层工今年已逐项整改';
    expect(copiedShare(sixtyFive, lastProblems)).toBe(0.65);
    expect(copiedFromLastYear(variant([['problems.problems', sixtyFive]]))).toEqual([]);
  });

  it('names the paragraph that is identical to one of last year’s, in any section', () => {
    const copied = '公开内容的系统性有待加强，基层工作人员业务能力需进一步提升。';
    const report = variant([['problems.improvements', `今年完成了全部整改，建立了栏目更新提醒机制和专人负责制度。\n${copied}\n下一步将增加图解、视频等解读形式，提升公开实效。`]]);
    expect(copiedFromLastYear(report)).toEqual([
      {
        id: 'X-COPY',
        severity: 'warning',
        path: 'problems.improvements',
        message: `五、存在的主要问题及改进情况「改进情况」第 2 段（“公开内容的系统性有待加强，基层工…”）与上年报告的段落完全相同。${REWRITE}`,
      },
    ]);
  });

  it('names five of many copied paragraphs and says how many there are', () => {
    const copied = '公开内容的系统性有待加强，基层工作人员业务能力需进一步提升。';
    const text = ['今年完成了全部整改，建立了栏目更新提醒机制和专人负责制度。', ...Array<string>(7).fill(copied)].join('\n');
    expect(copiedFromLastYear(variant([['problems.improvements', text]]))[0]?.message).toBe(
      `五、存在的主要问题及改进情况「改进情况」与上年报告有 80% 相同，其中第 2、3、4、5、6 段等 7 段（${Array<string>(5).fill('“公开内容的系统性有待加强，基层工…”').join('、')}…）与上年报告的段落完全相同。${REWRITE}`,
    );
  });

  it('covers every part of 六 against last year’s 六', () => {
    const workPoints = '按照上级年度政务公开工作要点，逐项细化落实措施，明确责任分工，按时完成各项任务。';
    const report = variant([
      ['lastYear.texts.other', workPoints],
      ['other.workPoints', workPoints],
    ]);
    expect(copiedFromLastYear(report)).toEqual([
      {
        id: 'X-COPY',
        severity: 'warning',
        path: 'other.workPoints',
        message: `六、其他需要报告的事项「（二）落实上级年度政务公开工作要点情况」与上年报告有 100% 相同，其中这一段与上年报告的一段完全相同。${REWRITE}`,
      },
    ]);
  });

  it('does not judge a part shorter than 20 characters, or a year without last year’s texts, and reads files that have only 一 and 五', () => {
    expect(copiedFromLastYear(variant([['problems.problems', '公开内容的系统性有待加强']]))).toEqual([]);
    expect(copiedFromLastYear(variant([['overview.intro', lastOverview], ['lastYear.texts', undefined]]))).toEqual([]);
    expect(copiedFromLastYear(variant([['overview.intro', lastOverview], ['lastYear.texts.overview', undefined]]))).toEqual([]);
    expect(copiedFromLastYear(variant([['other.workPoints', lastOverview]]))).toEqual([]);
  });
});

describe('X-YEAR', () => {
  const at = (path: string, text: string) => lastYearAsReportYear(variant([[path, text]]));

  it.each([
    ['2024年，我局认真贯彻落实《条例》，全面推进政务公开。', '2024年'],
    ['2024年度，本机关共收到政府信息公开申请12件。', '2024年度'],
    ['截至2024年底，现行有效的行政规范性文件45件。', '截至2024年底'],
    ['全年公开信息1268条。2024年以来，新增专栏3个。', '2024年以来'],
    ['2024年我局主动公开政府信息1000余条。', '2024年'],
    ['截止2024年12月31日，累计办结申请54件。', '截止2024年12月31日'],
  ])('fires on a 2025 report saying “%s”', (text, said) => {
    expect(at('overview.intro', text)).toEqual([
      {
        id: 'X-YEAR',
        severity: 'warning',
        path: 'overview.intro',
        message: `一、总体情况「引言」写的是“${said}”，本报告是 2025 年度的：可能是从上年报告照搬时没有改年份，请核对。`,
      },
    ]);
  });

  it.each([
    '2025年，我局认真贯彻落实《条例》。',
    '全年收到申请54件，较2024年增长12%。',
    '与2024年相比，依申请公开数量有所下降。',
    '与上年相比，主动公开信息增加了三成。',
    '针对2024年度报告中指出的问题，已逐项整改。',
    '2024年报告中提出的两项问题均已整改到位。',
    '全年办结申请比2024年多8件。',
    '截至2025年底，现行有效件数为45件。',
  ])('does not fire on a legitimate sentence: “%s”', (text) => {
    expect(at('overview.intro', text)).toEqual([]);
  });

  it('names the paragraphs of a part that slip, and looks in 五 and 六 too', () => {
    expect(at('problems.improvements', '今年已整改。\n2024年，我局将进一步加强培训。')[0]?.message).toBe(
      '五、存在的主要问题及改进情况「改进情况」第 2 段写的是“2024年”，本报告是 2025 年度的：可能是从上年报告照搬时没有改年份，请核对。',
    );
    expect(at('other.innovation', '2024年度，创新开展政府开放日活动。').map((f) => f.path)).toEqual(['other.innovation']);
  });

  it('names five of many paragraphs that slip and says how many there are', () => {
    const text = ['今年已整改。', ...Array<string>(12).fill('2024年，我局将进一步加强培训。')].join('\n');
    expect(at('problems.improvements', text)[0]?.message).toBe(
      '五、存在的主要问题及改进情况「改进情况」第 2、3、4、5、6 段等 12 段写的是“2024年”，本报告是 2025 年度的：可能是从上年报告照搬时没有改年份，请核对。',
    );
  });

  it('says nothing while the year is not filled in', () => {
    expect(lastYearAsReportYear(variant([['meta.year', null], ['overview.intro', '2024年，我局认真贯彻落实《条例》。']]))).toEqual([]);
  });
});

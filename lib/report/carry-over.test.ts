import { describe, expect, it } from 'vitest';
import { carryOverSummary, nextYearReport } from './carry-over';
import { runChecks } from './checks/checks';
import { setAt } from './paths';
import { busyReport } from './testing/sample-reports';

describe('a new report from last year’s', () => {
  it('is for the next year, with 二、上年结转 equal to last year’s 四 in every column', () => {
    const next = nextYearReport(busyReport());
    expect(next.meta.year).toBe(2026);
    expect(next.meta.agency).toBe('某某市自然资源局');
    expect(next.meta.contact).toEqual(busyReport().meta.contact);
    expect(next.meta.issuedOn).toBeUndefined();
    expect(next.applications.carriedOver).toEqual({ natural: 4, business: 1, research: 0, nonprofit: 0, legal: 1, other: 1 });
    expect(next.applications.received.natural).toBeNull();
    expect(next.other.fees).toEqual({ charged: null, cases: null, amountYuan: null });
  });

  it('keeps last year as the baseline of X-CARRY, X-INFORCE and X-COPY', () => {
    const next = nextYearReport(busyReport());
    expect(next.lastYear?.year).toBe(2025);
    expect(next.lastYear?.carriedForward).toEqual({ natural: 4, business: 1, research: 0, nonprofit: 0, legal: 1, other: 1 });
    expect([next.lastYear?.regulationsInForce, next.lastYear?.normativeDocumentsInForce]).toEqual([12, 45]);
    const ids = (r: typeof next) => runChecks(r, { today: new Date(2026, 11, 1) }).map((f) => f.id);
    expect(ids(next)).toContain('X-COPY');
    expect(ids(next)).not.toContain('X-CARRY');
    expect(ids(setAt(next, 'applications.carriedOver.natural', 5))).toContain('X-CARRY');
    const inForce = setAt(setAt(setAt(next, 'proactive.regulations.issued', 1), 'proactive.regulations.repealed', 0), 'proactive.regulations.inForce', 12);
    expect(runChecks(inForce, { today: new Date(2026, 11, 1) }).find((f) => f.id === 'X-INFORCE')?.message).toBe(
      '表二「规章」：上年现行有效件数 12 + 本年制发件数 1 − 本年废止件数 0 = 13，但现行有效件数填的是 12。如因清理、修订或上级统一废止等原因不一致，请在一、总体情况中说明。',
    );
  });

  it('offers last year’s texts as a starting point', () => {
    const next = nextYearReport(busyReport());
    expect(next.overview.requests).toBe(busyReport().overview.requests);
    expect(next.problems.improvements).toBe(busyReport().problems.improvements);
  });

  it('says what was carried over', () => {
    expect(carryOverSummary(busyReport())).toEqual([
      '二、上年结转政府信息公开申请数量：按上年四、结转下年度继续办理填入（自然人 4，商业企业 1，科研机构 0，社会公益组织 0，法律服务机构 1，其他 1）。',
      '上年现行有效件数（规章 12，行政规范性文件 45）作为本年核对的基准。',
      '上年各部分文字已填入作为起点，请按本年实际情况改写；与上年雷同的部分检查时会提示。',
      '机关名称、机关类型、发布网站和联系方式沿用上年，请核对。',
    ]);
  });

  it('names the contact details last year’s report stated, and those it did not', () => {
    const last = busyReport();
    const partial = { ...last, meta: { ...last.meta, website: undefined, contact: { unit: '利通区司法局办公室', address: '吴忠市利通区', phone: '0953-2221103', fax: ' ' } } };
    expect(carryOverSummary(partial).at(-1)).toBe(
      '机关名称、机关类型和联系部门、地址、电话沿用上年，请核对；上年报告没有写明发布网站名称、发布网站网址、邮编、传真、电子邮箱，请在基本信息中填写。',
    );
    const none = { ...last, meta: { ...last.meta, website: undefined, contact: undefined } };
    expect(carryOverSummary(none).at(-1)).toBe(
      '机关名称、机关类型沿用上年，请核对；上年报告没有写明发布网站名称、发布网站网址、联系部门、地址、邮编、电话、传真、电子邮箱，请在基本信息中填写。',
    );
    expect(nextYearReport(partial).meta.contact).toEqual(partial.meta.contact);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyReport } from './empty-report';
import { feeStatement } from './fee-statement';
import { reportFileName } from './file/file-name';
import { metaFormatProblem, websiteHref, yearProblem } from './checks/meta-formats';
import { generatePreface, prefaceOf } from './preface';
import { busyReport } from './testing/sample-reports';

describe('the generated preface', () => {
  it('follows the wording of format.md §2 with every contact detail', () => {
    expect(generatePreface(busyReport().meta)).toBe(
      '根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，' +
        '现发布《某某市自然资源局2025年政府信息公开工作年度报告》，本报告统计数据从2025年1月1日至12月31日。' +
        '本报告电子版可在“某某市人民政府门户网站”（https://www.example.gov.cn/）查阅或下载。' +
        '如有疑问或意见建议，请与某某市自然资源局办公室联系（地址：某某市人民路1号；邮编：750001；电话：0951-1234567；传真：0951-1234568；电子邮箱：gk@example.gov.cn）。',
    );
  });

  it('leaves out what is not known instead of printing blanks', () => {
    const meta = { ...emptyReport({ agency: '某某县司法局', year: 2025 }).meta, contact: { phone: '0951-5555555' } };
    expect(generatePreface(meta)).toBe(
      '根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求，' +
        '现发布《某某县司法局2025年政府信息公开工作年度报告》，本报告统计数据从2025年1月1日至12月31日。' +
        '如有疑问或意见建议，请与某某县司法局联系（电话：0951-5555555）。',
    );
  });

  it('says the 统计范围 in the period’s sentence when the report records one', () => {
    const meta = emptyReport({ agency: '某某县人民政府', year: 2025 }).meta;
    const sentence = (scope?: 'agency' | 'level' | 'region') => /本报告统计数据从[^。]*。/.exec(generatePreface({ ...meta, ...(scope ? { scope } : {}) }))?.[0];
    expect(sentence()).toBe('本报告统计数据从2025年1月1日至12月31日。');
    expect(sentence('agency')).toBe('本报告统计数据从2025年1月1日至12月31日，统计范围为本机关。');
    expect(sentence('level')).toBe('本报告统计数据从2025年1月1日至12月31日，统计范围为本级（含所属部门）。');
    expect(sentence('region')).toBe('本报告统计数据从2025年1月1日至12月31日，统计范围为本行政区域。');
  });

  it('reads a form still being filled: a website or contact holding only some of its parts', () => {
    // What the wizard's form holds after 「网址」 alone is typed (or a contact with no address):
    // objects with parts absent, which the schema would not let through but the form does.
    const base = emptyReport({ agency: '某某县司法局', year: 2025 }).meta;
    const partial = (website: object, contact: object) => ({ ...base, website, contact }) as unknown as typeof base;
    expect(generatePreface(partial({ url: 'www.example.gov.cn' }, {}))).toContain('本报告电子版可在（www.example.gov.cn）查阅或下载。如有疑问或意见建议，请与某某县司法局联系。');
    expect(generatePreface(partial({ name: '某某县人民政府门户网站' }, { phone: '0951-5555555' }))).toContain(
      '本报告电子版可在“某某县人民政府门户网站”查阅或下载。如有疑问或意见建议，请与某某县司法局联系（电话：0951-5555555）。',
    );
    expect(generatePreface(partial({}, { unit: '办公室' }))).toMatch(/至12月31日。如有疑问或意见建议，请与办公室联系。$/);
  });

  it('is replaced by the clerk’s own text when there is one', () => {
    expect(prefaceOf({ meta: busyReport().meta, preface: '自拟前言。' })).toBe('自拟前言。');
    expect(prefaceOf({ meta: busyReport().meta })).toBe(generatePreface(busyReport().meta));
  });
});

describe('the 信息处理费 statement', () => {
  it('states that nothing was charged, and adds the clerk’s note', () => {
    expect(feeStatement({ charged: false, cases: null, amountYuan: null })).toBe('本年度未收取信息处理费。');
    expect(feeStatement({ charged: false, cases: 0, amountYuan: '0', note: '已在指南中公开收费标准。' })).toBe('本年度未收取信息处理费。已在指南中公开收费标准。');
  });

  it('states the number of cases and the amount when fees were charged', () => {
    expect(feeStatement({ charged: true, cases: 3, amountYuan: '300' })).toBe('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费3件，共计300元。');
    expect(feeStatement({ charged: true, cases: null, amountYuan: null })).toBe('本年度依据《政府信息公开信息处理费管理办法》收取信息处理费__件，共计__元。');
  });

  it('says nothing while the question is unanswered', () => {
    expect(feeStatement({ charged: null, cases: null, amountYuan: null })).toBe('');
  });
});

describe('file names', () => {
  it('names the download after agency and year, without characters Windows refuses', () => {
    expect(reportFileName(busyReport().meta, 'nianbao.json')).toBe('某某市自然资源局2025年政府信息公开工作年度报告.nianbao.json');
    expect(reportFileName({ ...busyReport().meta, agency: '某某/局:"测试"' }, 'docx')).toBe('某某局测试2025年政府信息公开工作年度报告.docx');
  });
});

describe('formats of 基本信息', () => {
  it.each([
    ['meta.website.url', 'javascript:alert(1)', '网址应如 www.example.gov.cn 或 https://www.example.gov.cn/（以 http://、https:// 或 www. 开头）'],
    ['meta.website.url', 'example.gov.cn', '网址应如 www.example.gov.cn 或 https://www.example.gov.cn/（以 http://、https:// 或 www. 开头）'],
    ['meta.website.url', 'www.例子.中国 /x', '网址应如 www.example.gov.cn 或 https://www.example.gov.cn/（以 http://、https:// 或 www. 开头）'],
    ['meta.contact.postcode', '75000', '邮编应为 6 位数字，如 750001'],
    ['meta.contact.email', 'gk@example', '电子邮箱格式不对，应如 gk@example.gov.cn'],
    ['meta.contact.phone', '电话号码', '电话只能含数字、括号、“-”和“转”，如 0951-1234567'],
  ])('rejects %s = %j', (path, value, message) => {
    expect(metaFormatProblem(path, value)).toBe(message);
  });

  it.each([
    ['meta.website.url', 'https://www.example.gov.cn/xxgk/'],
    ['meta.website.url', 'www.example.gov.cn'],
    ['meta.website.url', 'WWW.Example.gov.cn/xxgk/index.html'],
    ['meta.contact.postcode', '750001'],
    ['meta.contact.email', 'gk@example.gov.cn'],
    ['meta.contact.phone', '（0951）1234567转8001'],
    ['meta.contact.postcode', ''],
    ['meta.contact.unit', '随便写'],
  ])('accepts %s = %j', (path, value) => {
    expect(metaFormatProblem(path, value)).toBeNull();
  });

  it('prints a website as typed, and adds a scheme only where a link needs one', () => {
    expect(generatePreface({ ...busyReport().meta, website: { name: '某某市人民政府门户网站', url: 'www.example.gov.cn' } })).toContain('本报告电子版可在“某某市人民政府门户网站”（www.example.gov.cn）查阅或下载。');
    expect(websiteHref('www.example.gov.cn')).toBe('http://www.example.gov.cn');
    expect(websiteHref('https://www.example.gov.cn/')).toBe('https://www.example.gov.cn/');
  });

  it('checks the year: four digits, 2021 or later, not after this year', () => {
    expect(yearProblem('2025', 2026)).toBeNull();
    expect(yearProblem('２０２５', 2026)).toBeNull();
    expect(yearProblem('25', 2026)).toBe('报告年度应为四位数的年份，如 2025');
    expect(yearProblem('2020', 2026)).toBe('本格式（国办公开办函〔2021〕30号）适用于 2021 年及以后的年度报告');
    expect(yearProblem('2027', 2026)).toBe('报告年度不能晚于今年（2026 年）');
  });
});

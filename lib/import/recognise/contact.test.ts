import { describe, expect, it } from 'vitest';
import { importText } from '../import-text';
import { publishedSample, type TextSampleId } from '../testing/samples';
import { nextYearReport } from '@/lib/report/carry-over';
import { getAt } from '@/lib/report/paths';
import { prefaceOf } from '@/lib/report/preface';
import { OTHER_PARTS } from '@/lib/report/template/sections';
import { contactNote, recogniseContact } from './contact';

const imported = (id: TextSampleId) => {
  const outcome = importText(publishedSample(id));
  if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
  return { meta: outcome.report.meta, notes: outcome.notes.filter((note) => note.startsWith('基本信息')) };
};

describe('基本信息 read from a published report as published', () => {
  it('reads sample 003’s closing paragraph: the 办公室 to contact, its address, phone and fax', () => {
    const { meta, notes } = imported('003');
    expect(meta.contact).toEqual({ unit: '利通区司法局办公室', address: '吴忠市利通区吴灵东路和利红街交会处综合楼三楼', phone: '0953-2221103', fax: '0953-2615680' });
    // 「可通过利通区人民政府网站的政府信息公开意见箱反映」 is not where the report is published.
    expect(meta.website).toBeUndefined();
    expect(notes).toEqual(['基本信息：从原文读到联系部门、地址、电话、传真，请核对；原文没有写明发布网站名称、发布网站网址、邮编、电子邮箱，请在基本信息中填写。']);
  });

  it('moves sample 003’s closing contact paragraph out of 六 to the end of the preface, so next year’s report says it once', () => {
    const outcome = importText(publishedSample('003'));
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    const paragraph = '如对报告有疑问或意见建议，可通过利通区人民政府网站的政府信息公开意见箱反映或直接与利通区司法局办公室联系（地址：吴忠市利通区吴灵东路和利红街交会处综合楼三楼；联系电话：0953-2221103，传真号码：0953-2615680）。';
    expect(outcome.report.other.others).toBe('无其他需要报告事项。');
    expect(outcome.report.preface?.endsWith(`12月31日。\n${paragraph}`)).toBe(true);
    expect(outcome.notes).toContain(
      '原文六、其他需要报告的事项末尾说明联系方式的一段已移到前言末尾，不再作为该部分的正文（联系方式已读入基本信息，下一年度的报告由前言印出，不会重复）。',
    );
    const next = nextYearReport(outcome.report);
    const printed = [prefaceOf(next), ...OTHER_PARTS.map((part) => String(getAt(next, part.path) ?? ''))].join('\n');
    expect(printed.match(/0953-2221103/g)).toHaveLength(1);
  });

  it('leaves a paragraph that says more than how to get in touch where it stands', () => {
    const text = '六、其他需要报告的事项\n本机关全年收取信息处理费0元。联系电话：0953-2221103。';
    const outcome = importText(`${publishedSample('003').split('六、其他需要报告的事项')[0]}${text}`);
    if (!outcome.ok) throw new Error(outcome.problems.join('\n'));
    expect(outcome.notes.some((note) => note.includes('说明联系方式的一段'))).toBe(false);
    expect([outcome.report.other.workPoints, outcome.report.other.others].join('')).toContain('联系电话：0953-2221103。');
  });

  it('reads sample 000’s preface: the website it is published on and every contact detail', () => {
    const { meta, notes } = imported('000');
    expect(meta.website).toEqual({ name: '红寺堡区人民政府官网', url: 'http://www.hongsibu.gov.cn' });
    expect(meta.contact).toEqual({
      unit: '吴忠市红寺堡区司法局办公室',
      address: '吴忠市红寺堡区燕然路与弘德街交汇处',
      postcode: '751999',
      phone: '0953-5098528',
      fax: '0953-5098528',
      email: 'hsf12348@168.com',
    });
    expect(notes).toEqual(['基本信息：从原文读到发布网站名称、发布网站网址、联系部门、地址、邮编、电话、传真、电子邮箱，请核对。']);
  });

  it('reads sample 002’s preface (60号): the website column it was published in, the address without PDF spaces', () => {
    const { meta } = imported('002');
    expect(meta.website).toEqual({ name: '银川市西夏区人民政府网站', url: 'http://www.ycxixia.gov.cn/zwgk/zfxxgkzn/' });
    expect(meta.contact).toEqual({ unit: '银川市西夏区司法局', address: '银川市西夏区贺兰山西路481号行政中心6楼617室', postcode: '750021', phone: '0951—2078858', email: 'xxqsfjbggs@163.com' });
  });

  it.each(['001', '004'] as const)('says sample %s states none of them, and takes nothing from its body text', (id) => {
    const { meta, notes } = imported(id);
    expect([meta.website, meta.contact]).toEqual([undefined, undefined]);
    expect(notes).toEqual(['基本信息：原文没有写明发布网站名称、发布网站网址、联系部门、地址、邮编、电话、传真、电子邮箱，请在基本信息中填写。']);
  });
});

describe('the contact sentence', () => {
  it('reads labelled details in either width, a 联系单位 given as such, and the 网址 field', () => {
    expect(recogniseContact(['联系单位：某某县人民政府办公室；通讯地址：某某县人民路 1 号（县政府大院）；邮政编码：７５００１１；咨询电话：（0951）1234567；传真电话：0951-7654321；E-mail：GK@example.gov.cn；网址：www.example.gov.cn。'])).toEqual({
      website: { name: '', url: 'www.example.gov.cn' },
      contact: { unit: '某某县人民政府办公室', address: '某某县人民路1号（县政府大院）', postcode: '750011', phone: '(0951)1234567', fax: '0951-7654321', email: 'GK@example.gov.cn' },
      found: ['meta.website.url', 'meta.contact.unit', 'meta.contact.address', 'meta.contact.postcode', 'meta.contact.phone', 'meta.contact.fax', 'meta.contact.email'],
    });
  });

  it('reads the app’s own preface back into the fields it was made from', () => {
    const preface =
      '根据…要求，现发布《某某市自然资源局2025年政府信息公开工作年度报告》，本报告统计数据从2025年1月1日至12月31日。本报告电子版可在“某某市人民政府门户网站”（https://www.example.gov.cn/）查阅或下载。如有疑问或意见建议，请与某某市自然资源局办公室联系（地址：某某市人民路1号；邮编：750001；电话：0951-1234567；传真：0951-1234568；电子邮箱：gk@example.gov.cn）。';
    expect(recogniseContact([preface])).toMatchObject({
      website: { name: '某某市人民政府门户网站', url: 'https://www.example.gov.cn/' },
      contact: { unit: '某某市自然资源局办公室', address: '某某市人民路1号', postcode: '750001', phone: '0951-1234567', fax: '0951-1234568', email: 'gk@example.gov.cn' },
    });
  });

  it('takes nothing from text that is not a contact sentence, nor a value that is not well-formed', () => {
    expect(recogniseContact(['及时公开并更新各股室的工作职责、办公地址、联系方式等。', '在区政府网站上开设专栏。']).found).toEqual([]);
    expect(recogniseContact(['如有疑问请联系（电话：见网站；邮编：7500；电子邮箱：无）。']).found).toEqual([]);
  });

  it('says what was found and what was not', () => {
    expect(contactNote({ found: ['meta.contact.phone'] })).toBe(
      '基本信息：从原文读到电话，请核对；原文没有写明发布网站名称、发布网站网址、联系部门、地址、邮编、传真、电子邮箱，请在基本信息中填写。',
    );
  });
});

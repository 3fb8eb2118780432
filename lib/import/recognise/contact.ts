// 基本信息's contact details and website as a published report states them, in its preface or its
// closing paragraph: 「如对本报告有疑问，请与淮安市人民政府办公室联系（地址：淮安市翔宇南道1号，邮编：223001，
// 电话：0517-83605210，电子邮箱：hazwgkc@163.com）」 (sample 005), 「…直接与利通区司法局办公室联系（地址：…；联系
// 电话：0953-2221103，传真号码：0953-2615680）」 (sample 003), 「本报告电子版可在“××市人民政府门户网站”
// （www.××.gov.cn）查阅或下载」 (the app's own preface). Only a paragraph that speaks of contacting the
// agency is read for contact details, only a sentence saying where the report can be read for the
// website; a value that is not well-formed (META-FORMAT) is not taken. Nothing is guessed.
import type { DraftReport } from '@/lib/report/file/schema';
import { metaFormatProblem } from '@/lib/report/checks/meta-formats';
import { fieldLabel } from '@/lib/report/template/sections';
import { withoutSpaces } from './normalise';

type Contact = NonNullable<DraftReport['meta']['contact']>;
export type ContactKey = keyof Contact;
type Website = NonNullable<DraftReport['meta']['website']>;

/** The 基本信息 fields read here, in the wizard's order. */
export const CONTACT_PATHS = [
  'meta.website.name',
  'meta.website.url',
  'meta.contact.unit',
  'meta.contact.address',
  'meta.contact.postcode',
  'meta.contact.phone',
  'meta.contact.fax',
  'meta.contact.email',
] as const;
export type ContactPath = (typeof CONTACT_PATHS)[number];

export type ContactReading = {
  website?: Website;
  contact?: Contact;
  /** The fields read, in CONTACT_PATHS order. */
  found: ContactPath[];
};

/** A value ends at a clause mark or at the bracket that closes the list of details. */
const VALUE = '((?:[^，,；;。）)（(]|[（(][^，,；;。（()）]*[）)])+)';
const COLON = '[：:]';
const NUMBERS = '([0-9０-９()（）+\\-－—–转、/]{5,})';
const FIELDS: readonly { key: ContactKey; pattern: RegExp }[] = [
  { key: 'unit', pattern: new RegExp(`联系(?:单位|部门)${COLON}${VALUE}`) },
  { key: 'unit', pattern: /(?:请|可|直接|或)(?:与|同|向)([\u4e00-\u9fff（）()]{2,40}?)联系/ },
  { key: 'address', pattern: new RegExp(`(?:通讯|通信|联系|办公)?地址${COLON}${VALUE}`) },
  { key: 'postcode', pattern: new RegExp(`邮(?:政)?编(?:码)?${COLON}?([0-9０-９]{6})(?![0-9０-９])`) },
  // Not the 「电话」 of 「传真电话」.
  { key: 'phone', pattern: new RegExp(`(?:^|[^真])(?:联系|咨询|办公)?电话(?:号码)?${COLON}${NUMBERS}`) },
  { key: 'fax', pattern: new RegExp(`传真(?:号码|电话)?${COLON}${NUMBERS}`) },
  { key: 'email', pattern: new RegExp(`(?:电子邮箱|电子信箱|电子邮件|邮箱|E-?mail)${COLON}([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})`, 'i') },
];
/** A paragraph about contacting the agency: only such a paragraph is read for contact details. */
const CONTACT_PARAGRAPH = /联系|(?:地址|电话|邮编|邮箱)[：:]/;

const URL = /(?:https?:\/\/)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[A-Za-z0-9\-._~%/?#=&]*)?/;
/** 「本报告电子版可在“××网站”（www.××.gov.cn）查阅或下载」, 「本报告全文在××人民政府网站的“年报”专栏(http://…)公布」. */
const SITE = /(?:在|登录|通过|访问)[“"「《]?([\u4e00-\u9fff]{2,40}?(?:网站|官网|门户网(?!站)|政府网(?!站)))[”"」》]?/;
const READ_THERE = /^[^，,；;]{0,80}?(?:查阅|下载|查看|获取|公布|发布)/;
const URL_FIELD = new RegExp(`网址${COLON}(${URL.source})`);

/** Digits as ASCII; a bracket that closes the list of details (「传真号码：0953-2615680）」) is not the number's. */
function asNumber(value: string): string {
  const number = value.normalize('NFKC').replace(/[、/]+$/, '');
  return number.endsWith(')') && !number.includes('(') ? number.slice(0, -1) : number;
}

function readFields(text: string): Partial<Contact> {
  const read: Partial<Contact> = {};
  for (const field of FIELDS) {
    if (read[field.key] !== undefined) continue;
    const match = field.pattern.exec(text);
    const raw = match?.[1]?.trim();
    if (!raw) continue;
    const value = ['postcode', 'phone', 'fax'].includes(field.key) ? asNumber(raw) : raw;
    if (metaFormatProblem(`meta.contact.${field.key}`, value) === null) read[field.key] = value;
  }
  return read;
}

function readWebsite(text: string): Partial<Website> {
  const site: Partial<Website> = {};
  for (const sentence of text.split('。')) {
    const at = SITE.exec(sentence);
    const after = at ? sentence.slice(at.index + at[0].length) : '';
    const there = at ? READ_THERE.exec(after) : null;
    if (at?.[1] && there) {
      site.name = at[1];
      const url = URL.exec(there[0])?.[0];
      if (url && metaFormatProblem('meta.website.url', url) === null) site.url = url;
      break;
    }
  }
  const url = URL_FIELD.exec(text)?.[1];
  if (site.url === undefined && url && metaFormatProblem('meta.website.url', url) === null) site.url = url;
  return site;
}

/** The contact details and website stated in `paragraphs` (the preface and the closing paragraphs). */
export function recogniseContact(paragraphs: readonly string[]): ContactReading {
  let contact: Partial<Contact> = {};
  let website: Partial<Website> = {};
  for (const paragraph of paragraphs) {
    const text = withoutSpaces(paragraph);
    if (CONTACT_PARAGRAPH.test(text)) contact = { ...readFields(text), ...contact };
    website = { ...readWebsite(text), ...website };
  }
  const found = CONTACT_PATHS.filter((path) => {
    const [, group, key] = path.split('.');
    return (group === 'website' ? website[key as keyof Website] : contact[key as ContactKey]) !== undefined;
  });
  return {
    ...(website.name !== undefined || website.url !== undefined ? { website: { name: website.name ?? '', url: website.url ?? '' } } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
    found,
  };
}

/** A paragraph that is only the invitation to get in touch: 「如对报告有疑问…请与…联系（地址：…）」. */
const INVITATION = /^(?:如|若|欢迎|对本报告)/;

/**
 * The paragraphs at the end of the last section that only say how to contact the agency, with
 * details read from them (sample 003 closes 六 so). They are no text of the section: the app prints
 * the contact details from 基本信息 in the preface, and next year's report would say them twice.
 */
export function closingContactParagraphs(paragraphs: readonly string[]): { kept: string[]; contact: string[] } {
  const kept = [...paragraphs];
  const contact: string[] = [];
  for (let last = kept[kept.length - 1]; last !== undefined; last = kept[kept.length - 1]) {
    const text = withoutSpaces(last);
    if (!INVITATION.test(text) || !CONTACT_PARAGRAPH.test(text) || Object.keys(readFields(text)).length === 0) break;
    contact.unshift(kept.pop() ?? '');
  }
  return { kept, contact };
}

/** The review's line: which of the details were found in the text, and which were not. */
export function contactNote(reading: ContactReading): string {
  const labels = (paths: readonly ContactPath[]) => paths.map((path) => fieldLabel(path)).join('、');
  const missing = CONTACT_PATHS.filter((path) => !reading.found.includes(path));
  if (reading.found.length === 0) return `基本信息：原文没有写明${labels(missing)}，请在基本信息中填写。`;
  const found = `基本信息：从原文读到${labels(reading.found)}，请核对`;
  return missing.length === 0 ? `${found}。` : `${found}；原文没有写明${labels(missing)}，请在基本信息中填写。`;
}

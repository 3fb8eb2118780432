// The preface generated from 基本信息 (format.md §2: the near-universal wording). Parts with no
// data are left out rather than printed with blanks.
import type { DraftReport } from './file/schema';
import { FORMAT_NAME, SCOPE_LABELS, fieldLabel } from './template/sections';
import { TITLE_PLACEHOLDER, reportTitle } from './title';

/** A text part of the form as printed: trimmed, and '' when absent (or not text). */
const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function generatePreface(meta: DraftReport['meta']): string {
  const year = meta.year ?? TITLE_PLACEHOLDER;
  const sentences = [
    `根据《中华人民共和国政府信息公开条例》规定和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${FORMAT_NAME}）要求，` +
      `现发布《${reportTitle(meta)}》，本报告统计数据从${year}年1月1日至12月31日${meta.scope ? `，统计范围为${SCOPE_LABELS[meta.scope]}` : ''}。`,
  ];
  // The form's values are not the schema's: a website or contact object can hold only the parts
  // typed so far (「网址」 without 「网站名称」), so every part is read as possibly absent.
  const site: Partial<NonNullable<DraftReport['meta']['website']>> = meta.website ?? {};
  const name = textOf(site.name);
  const url = textOf(site.url);
  if (name || url) {
    sentences.push(`本报告电子版可在${name ? `“${name}”` : ''}${url ? `（${url}）` : ''}查阅或下载。`);
  }
  const c = meta.contact ?? {};
  const details = (['address', 'postcode', 'phone', 'fax', 'email'] as const)
    .map((key) => [fieldLabel(`meta.contact.${key}`), textOf(c[key])] as const)
    .filter(([, v]) => v !== '')
    .map(([label, v]) => `${label}：${v}`);
  const unit = textOf(c.unit) || textOf(meta.agency);
  if (unit || details.length > 0) {
    sentences.push(`如有疑问或意见建议，请与${unit || '本机关'}联系${details.length ? `（${details.join('；')}）` : ''}。`);
  }
  return sentences.join('');
}

/** The preface as it will be printed: the clerk's own text, or the generated one. */
export const prefaceOf = (report: Pick<DraftReport, 'meta' | 'preface'>) => report.preface ?? generatePreface(report.meta);

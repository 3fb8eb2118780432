// The report as a web page for the agency's website: one self-contained .html file (styles
// inline in <style>, the report file embedded as inert JSON for re-import, no script, no URL),
// and the same content as a fragment with inline styles to paste into a CMS editor.
import { assertXmlSafe } from '@/lib/report/xml-characters';
import { REPORT_SCRIPT_ID } from '@/lib/report/file/embedding';
import type { DraftReport } from '@/lib/report/file/schema';
import { escapeHtml, jsonForScript } from './escape';
import { documentCss } from './css';
import { FRAGMENT_TARGET, PAGE_TARGET, type Styler, type Target } from './style';
import { renderTable } from './table';
import type { PrintBlock, PrintDocument } from '../print-model';

/** The id of the heading a table stands under, which names the table on the page. */
const headingId = (table: PrintBlock | undefined) => (table?.kind === 'table' ? `${table.table.id}-heading` : null);

// No <caption>: the section heading just above names the table, and the page ties them by id. An
// editor that strips the styles of a visually hidden caption would show the heading twice.
function renderBlock(block: PrintBlock, next: PrintBlock | undefined, previous: PrintBlock | undefined, target: Target): string {
  const { style } = target;
  switch (block.kind) {
    case 'heading': {
      const id = target.kind === 'page' ? headingId(next) : null;
      return block.level === 1
        ? `<h2${id ? ` id="${id}"` : ''}${style('heading1')}>${escapeHtml(block.text)}</h2>`
        : `<h3${style('heading2')}>${escapeHtml(block.text)}</h3>`;
    }
    case 'paragraph':
      return `<p${style('paragraph')}>${escapeHtml(block.text)}</p>`;
    case 'table':
      return renderTable(block.table, target, previous?.kind === 'heading' ? `${block.table.id}-heading` : null);
  }
}

/** 发文机关署名 centred over the 成文日期, which stands four characters in from the right. */
function renderClosing({ agency, date }: PrintDocument['closing'], style: Styler): string[] {
  const lines = [agency, date].filter((line) => line !== '');
  if (lines.length === 0) return [];
  return [
    `<div${style('closing')}><div${style('closingBlock')}>`,
    ...lines.map((line) => `<p${style('closingLine')}>${escapeHtml(line)}</p>`),
    '</div></div>',
  ];
}

function renderProblems({ heading, summary, problems }: NonNullable<PrintDocument['draft']>, style: Styler): string[] {
  return [
    `<div${style('problems')}>`,
    `<h2${style('problemsHeading')}>${escapeHtml(heading)}</h2>`,
    ...[summary, ...problems].map((problem) => `<p${style('problem')}>${escapeHtml(problem)}</p>`),
    '</div>',
  ];
}

function renderArticle(doc: PrintDocument, target: Target): string {
  const { style } = target;
  const [agency, title] = doc.title;
  return [
    `<article${style('article')}>`,
    ...(doc.draft ? [`<p role="note"${style('banner')}>${escapeHtml(doc.draft.banner)}</p>`] : []),
    `<h1${style('title')}>${escapeHtml(agency)}<br>${escapeHtml(title)}</h1>`,
    ...doc.blocks.map((block, i) => renderBlock(block, doc.blocks[i + 1], doc.blocks[i - 1], target)),
    ...renderClosing(doc.closing, style),
    ...(doc.draft ? renderProblems(doc.draft, style) : []),
    '</article>',
  ].join('\n');
}

/** The page as written, asserted free of what XML forbids (an XHTML reader or a CMS would refuse it; the text was cleaned where it entered the report). */
function checked(html: string): string {
  assertXmlSafe(html, '网页');
  return html;
}

/** The whole .html file. */
export function renderHtmlDocument(doc: PrintDocument, report: DraftReport): string {
  return checked([
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.name)}</title>`,
    `<style>${documentCss(doc.draft?.banner ?? null)}</style>`,
    '</head>',
    '<body>',
    '<main>',
    renderArticle(doc, PAGE_TARGET),
    '</main>',
    `<script type="application/json" id="${REPORT_SCRIPT_ID}">${jsonForScript(report)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n'));
}

/**
 * The body fragment for 「复制网页代码」 (and `nianbao export --fragment`): no data block, no
 * stylesheet, no class or id; every style inline and the tables' look in attributes too.
 */
export const renderHtmlFragment = (doc: PrintDocument): string => checked(`${renderArticle(doc, FRAGMENT_TARGET)}\n`);

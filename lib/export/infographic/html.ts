// The 图解 as a section of a web page, for a government CMS editor (which strips class, id and
// <style>): the picture as inline SVG named for a screen reader, and beside each of its charts the
// same numbers as a small table, so a screen reader and a search engine read what the eye sees.
// Looks stand in attributes and inline styles only; nothing is hidden; no script.
import { escapeHtml } from '../html/escape';
import { COLORS, FONT_FAMILY } from './measure';
import { UNIT, type Figure, type InfographicModel } from './model';

const CELL = 'border:1px solid #999;padding:4px 8px;line-height:1.5';
const STYLE = {
  section: `margin:1em 0;color:${COLORS.text};font-family:${FONT_FAMILY};font-size:16px;line-height:1.7`,
  heading: `margin:0 0 0.5em;color:${COLORS.accent};font-size:22px;font-weight:bold;line-height:1.4`,
  part: `margin:1.2em 0 0.4em;font-size:18px;font-weight:bold;line-height:1.4;border-left:6px solid ${COLORS.accent};padding-left:8px`,
  draft: `margin:0 0 1em;padding:4px 8px;border:2px solid ${COLORS.draft};color:${COLORS.draft};font-weight:bold;text-align:center`,
  picture: 'margin:0 0 1em;max-width:1080px',
  table: 'border-collapse:collapse;width:100%;max-width:1080px;margin:0 0 0.5em;font-size:15px',
  head: `${CELL};background:#f2f2f2;text-align:center;font-weight:bold`,
  rowHead: `${CELL};text-align:left;font-weight:normal`,
  value: `${CELL};text-align:right`,
  paragraph: 'margin:0 0 0.5em',
  note: `margin:0.3em 0 0;color:${COLORS.muted};font-size:14px`,
} as const;

const count = (f: Figure) => (f.value === null ? f.text : `${f.text}${UNIT}`);
const label = (f: Figure) => escapeHtml(f.sub ? `${f.label}（${f.sub}）` : f.label);

function table(headings: readonly string[], rows: readonly (readonly [string, ...string[]])[]): string {
  const head = headings.map((h) => `<th scope="col" style="${STYLE.head}">${escapeHtml(h)}</th>`).join('');
  const body = rows
    .map(([name, ...values]) => `<tr><th scope="row" style="${STYLE.rowHead}">${name}</th>${values.map((v) => `<td style="${STYLE.value}">${escapeHtml(v)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table border="1" cellspacing="0" cellpadding="4" width="100%" style="${STYLE.table}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A table of figures: 项目, 件数 and, with last year's figures, 较上年. */
function figureTable(first: string, figures: readonly Figure[], withChange: boolean, extra?: { heading: string; values: readonly string[] }): string {
  const headings = [first, '件数', ...(extra ? [extra.heading] : []), ...(withChange ? ['较上年'] : [])];
  return table(
    headings,
    figures.map((f, i) => [label(f), count(f), ...(extra ? [extra.values[i] ?? ''] : []), ...(withChange ? [f.change ?? '—'] : [])] as const),
  );
}

const part = (text: string) => `<h3 style="${STYLE.part}">${escapeHtml(text)}</h3>`;

/** The 图解 section: `svg` is the picture render-svg.ts drew of `model`. */
export function infographicSection(model: InfographicModel, svg: string): string {
  const name = `${model.kicker}：${model.title.join('')}`;
  const withChange = model.notes.length > 1;
  const { requests, review } = model;
  // The picture scales to the column: its width given by the page, its height by its viewBox.
  const picture = svg.replace(/^<svg ([^>]*?)width="(\d+)" height="(\d+)"/, '<svg $1width="100%"');
  const reviewHead = ['类别', ...(review.groups[0]?.results.map((r) => r.label) ?? []), '总计', ...(withChange ? ['总计较上年'] : [])];
  return [
    `<section aria-label="${escapeHtml(name)}" style="${STYLE.section}">`,
    `<h2 style="${STYLE.heading}">${escapeHtml(name)}</h2>`,
    ...(model.draft ? [`<p style="${STYLE.draft}">${escapeHtml(`${model.draft.banner}：${model.draft.summary}`)}</p>`] : []),
    `<div style="${STYLE.picture}">${picture}</div>`,
    part(model.proactive.heading),
    figureTable('项目', model.proactive.rows.flat(), withChange),
    part(requests.heading),
    figureTable('项目', requests.flow, withChange),
    part(requests.results.heading),
    figureTable('办理结果', requests.results.items, withChange, { heading: '占比', values: requests.results.items.map((r) => r.share ?? '—') }),
    part(requests.applicants.heading),
    figureTable('申请人', requests.applicants.items, false),
    part(review.heading),
    table(
      reviewHead,
      review.groups.map((g) => [label(g.total), ...g.results.map(count), count(g.total), ...(withChange ? [g.total.change ?? '—'] : [])] as const),
    ),
    part(model.fee.heading),
    `<p style="${STYLE.paragraph}">${escapeHtml(model.fee.text)}</p>`,
    ...model.notes.map((note) => `<p style="${STYLE.note}">${escapeHtml(note)}</p>`),
    '</section>',
    '',
  ].join('\n');
}

// The 图解 as one ECharts option, for a layout: the cards and texts as `graphic` elements placed on
// one vertical flow, the results as a ring (pie) with the numbers listed beside it, the applicants
// as bars with their numbers at the ends. Pure: the same option in the browser and in Node, so the
// same picture (render-svg.ts renders it). Every text placed is also listed with its extent, so a
// test can see that none runs off the picture or out of its box.
import type { EChartsCoreOption } from 'echarts/core';
import { COLORS, FONT_FAMILY, LAYOUTS, textWidth, wrapText, type Layout, type LayoutId } from './measure';
import { UNIT, type Figure, type InfographicModel } from './model';

type Align = 'left' | 'center' | 'right';
type TextStyle = { fontSize: number; bold?: boolean; fill?: string };
type Graphic = Record<string, unknown>;
/** A text drawn, with its horizontal extent and the box it must stay in. */
export type PlacedText = { text: string; left: number; right: number; top: number; bottom: number; box: { left: number; right: number } };

export type InfographicChart = { layout: Layout; width: number; height: number; option: EChartsCoreOption; texts: PlacedText[] };

const LINE = 1.3;

class Canvas {
  readonly graphics: Graphic[] = [];
  readonly texts: PlacedText[] = [];
  constructor(readonly width: number) {}

  rect(x: number, y: number, width: number, height: number, style: { fill?: string; stroke?: string; lineWidth?: number }) {
    this.graphics.push({ type: 'rect', silent: true, shape: { x, y, width, height }, style: { fill: 'none', ...style } });
  }

  /** One line of text centred vertically on `y`. */
  text(text: string, x: number, y: number, align: Align, style: TextStyle, box = { left: 0, right: this.width }) {
    const width = textWidth(text, style.fontSize, style.bold);
    const left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width;
    this.texts.push({ text, left, right: left + width, top: y - style.fontSize / 2, bottom: y + style.fontSize / 2, box });
    this.graphics.push({
      type: 'text',
      silent: true,
      x,
      y,
      style: {
        text,
        fontSize: style.fontSize,
        fontWeight: style.bold ? 'bold' : 'normal',
        fontFamily: FONT_FAMILY,
        fill: style.fill ?? COLORS.text,
        align,
        verticalAlign: 'middle',
      },
    });
  }

  /** Lines wrapped to `width` from `top`; returns the height used. */
  paragraph(text: string, x: number, top: number, width: number, align: Align, style: TextStyle): number {
    const lines = wrapText(text, style.fontSize * (style.bold ? 1.04 : 1), width);
    const box = { left: align === 'center' ? x - width / 2 : align === 'right' ? x - width : x, right: 0 };
    box.right = box.left + width;
    lines.forEach((line, i) => this.text(line, x, top + (i + 0.5) * style.fontSize * LINE, align, style, box));
    return lines.length * style.fontSize * LINE;
  }

  /** 「326」 large and 「件」 after it, centred on `x` as one line, smaller where a long number needs it. */
  number(figure: Figure, x: number, y: number, largest: number, unitSize: number, box: { left: number; right: number }) {
    const unit = figure.value === null ? '' : UNIT;
    const unitWidth = unit ? textWidth(unit, unitSize) + 4 : 0;
    const room = box.right - box.left - 2 * unitSize;
    const size = Math.min(largest, Math.floor((room - unitWidth) / (textWidth(figure.text, 1, true) || 1)));
    const numberWidth = textWidth(figure.text, size, true);
    const left = x - (numberWidth + unitWidth) / 2;
    this.text(figure.text, left, y, 'left', { fontSize: size, bold: true, fill: COLORS.accent }, box);
    if (unit) this.text(unit, left + numberWidth + 4, y + (size - unitSize) * 0.3, 'left', { fontSize: unitSize, fill: COLORS.text }, box);
  }
}

const chunks = <T>(items: readonly T[], most: number): T[][] => {
  const rows = Math.ceil(items.length / most);
  const per = Math.ceil(items.length / rows);
  return Array.from({ length: rows }, (_, i) => items.slice(i * per, (i + 1) * per));
};

/** The height of a card's words above its number. */
function labelsHeight(layout: Layout, figure: Figure, width: number): number {
  const { size } = layout;
  const pad = size.small;
  const label = wrapText(figure.label, size.label * 1.04, width - 2 * pad).length * size.label * LINE;
  return label + (figure.sub ? wrapText(figure.sub, size.small, width - 2 * pad).length * size.small * LINE : 0);
}

const cardHeight = (layout: Layout, figure: Figure, width: number) =>
  2 * layout.size.small + labelsHeight(layout, figure, width) + layout.size.value * 1.25 + (figure.change ? layout.size.small * LINE : 0);

/**
 * A card: its label and the template's words at the top, the number with its change at the
 * bottom, so the numbers of a row stand on one line whatever their labels.
 */
function card(c: Canvas, layout: Layout, figure: Figure, x: number, y: number, width: number, height: number, bottom = 0) {
  const { size } = layout;
  const pad = size.small;
  const box = { left: x, right: x + width };
  c.rect(x, y, width, height, { fill: COLORS.card, stroke: COLORS.rule, lineWidth: 1 });
  c.rect(x, y, width, 5, { fill: COLORS.accent });
  const mid = x + width / 2;
  let top = y + pad;
  top += c.paragraph(figure.label, mid, top, width - 2 * pad, 'center', { fontSize: size.label, bold: true });
  if (figure.sub) c.paragraph(figure.sub, mid, top, width - 2 * pad, 'center', { fontSize: size.small, fill: COLORS.muted });
  let line = y + height - pad - bottom - (figure.change ? size.small * LINE : 0) - size.value * 1.25;
  c.number(figure, mid, line + size.value * 0.625, size.value, size.label, box);
  line += size.value * 1.25;
  if (figure.change) c.text(figure.change, mid, line + size.small * 0.65, 'center', { fontSize: size.small, fill: COLORS.muted }, box);
}

/** Rows of cards from `top`; returns the height used. */
function cards(c: Canvas, layout: Layout, rows: readonly Figure[][], top: number): number {
  const inner = layout.width - 2 * layout.margin;
  let y = top;
  for (const row of rows.flatMap((r) => chunks(r, layout.cardsPerRow))) {
    const width = (inner - (row.length - 1) * layout.gap) / row.length;
    const height = Math.max(...row.map((f) => cardHeight(layout, f, width)));
    row.forEach((f, i) => card(c, layout, f, layout.margin + i * (width + layout.gap), y, width, height));
    y += height + layout.gap;
  }
  return y - top - layout.gap;
}

function heading(c: Canvas, layout: Layout, text: string, top: number): number {
  const { size } = layout;
  c.rect(layout.margin, top, 10, size.heading * 1.1, { fill: COLORS.accent });
  c.text(text, layout.margin + 24, top + size.heading * 0.55, 'left', { fontSize: size.heading, bold: true });
  return size.heading * 1.1 + layout.gap;
}

function subheading(c: Canvas, layout: Layout, text: string, x: number, top: number): number {
  c.text(text, x, top + layout.size.label * 0.65, 'left', { fontSize: layout.size.label, bold: true });
  return layout.size.label * LINE + layout.gap / 2;
}

type Panel = { x: number; top: number; width: number };

/** The ring of the six results and, beside it, each with its number and share; returns the height. */
function resultsPanel(c: Canvas, layout: Layout, model: InfographicModel, p: Panel, series: Graphic[]): number {
  const { size } = layout;
  const { items, handled, heading: title } = model.requests.results;
  let top = p.top + subheading(c, layout, title, p.x, p.top);
  const outer = layout.chartsSideBySide ? 104 : 150;
  const cx = p.x + outer + 4;
  const listLeft = cx + outer + layout.gap * 1.5;
  const listRight = p.x + p.width;
  const box = { left: listLeft, right: listRight };
  const widest = Math.max(...items.map((r) => textWidth(r.label, size.label) + textWidth(r.share ?? '', size.small) + textWidth(`${r.text}${UNIT}`, size.label, true)));
  const oneLine = size.small + 8 + widest + 2 * layout.gap <= listRight - listLeft;
  const rowHeight = oneLine ? size.label * 1.7 : size.label * LINE + size.small * LINE + 10;
  const listHeight = rowHeight * items.length;
  const height = Math.max(listHeight, 2 * outer + 8);
  const cy = top + height / 2;
  const total = items.reduce((sum, r) => sum + (r.value ?? 0), 0);
  series.push({
    type: 'pie',
    silent: true,
    animation: false,
    radius: [outer * 0.62, outer],
    center: [cx, cy],
    startAngle: 90,
    label: { show: false },
    labelLine: { show: false },
    emphasis: { disabled: true },
    itemStyle: { borderColor: '#ffffff', borderWidth: total > 0 ? 2 : 0 },
    data:
      total > 0
        ? items.map((r, i) => ({ name: r.label, value: r.value ?? 0, itemStyle: { color: COLORS.results[i] } }))
        : [{ name: '', value: 1, itemStyle: { color: COLORS.track } }],
  });
  const ring = { left: cx - outer * 0.6, right: cx + outer * 0.6 };
  c.text(handled.label, cx, cy - size.value * 0.45, 'center', { fontSize: size.small, fill: COLORS.muted }, ring);
  c.number(handled, cx, cy + size.small * 0.45, size.value * 0.72, size.small, ring);
  let y = top + (height - listHeight) / 2;
  items.forEach((r, i) => {
    const line1 = y + size.label * 0.65 + (oneLine ? size.label * 0.2 : 5);
    c.rect(listLeft, line1 - size.small / 2, size.small, size.small, { fill: COLORS.results[i] });
    const nameLeft = listLeft + size.small + 8;
    c.text(r.label, nameLeft, line1, 'left', { fontSize: size.label }, box);
    c.text(`${r.text}${r.value === null ? '' : UNIT}`, listRight, line1, 'right', { fontSize: size.label, bold: true }, box);
    if (r.share) {
      if (oneLine) c.text(r.share, nameLeft + textWidth(r.label, size.label) + layout.gap, line1, 'left', { fontSize: size.small, fill: COLORS.muted }, box);
      else c.text(r.share, listRight, line1 + size.label * 0.5 + size.small * 0.75, 'right', { fontSize: size.small, fill: COLORS.muted }, box);
    }
    y += rowHeight;
  });
  top += height;
  return top - p.top;
}

/** The applicants of 本年新收 as bars, each number at its bar's end; returns the height. */
function applicantsPanel(c: Canvas, layout: Layout, model: InfographicModel, p: Panel, axes: { grid: Graphic[]; x: Graphic[]; y: Graphic[]; series: Graphic[] }): number {
  const { size } = layout;
  const { items, heading: title } = model.requests.applicants;
  const top = p.top + subheading(c, layout, title, p.x, p.top);
  const labelWidth = Math.max(...items.map((f) => textWidth(f.label, size.label)));
  const valueWidth = Math.max(...items.map((f) => textWidth(`${f.text}${UNIT}`, size.label, true)));
  const rowHeight = size.label * 2;
  const left = p.x + labelWidth + 14;
  const width = p.width - labelWidth - 14 - valueWidth - 16;
  const index = axes.grid.length;
  axes.grid.push({ left, top, width, height: rowHeight * items.length, outerBoundsMode: 'none' });
  axes.x.push({ gridIndex: index, type: 'value', show: false, min: 0, max: Math.max(1, ...items.map((f) => f.value ?? 0)) });
  axes.y.push({
    gridIndex: index,
    type: 'category',
    inverse: true,
    data: items.map((f) => f.label),
    axisTick: { show: false },
    axisLine: { show: true, lineStyle: { color: COLORS.rule } },
    axisLabel: { fontSize: size.label, color: COLORS.text, fontFamily: FONT_FAMILY, margin: 14 },
  });
  axes.series.push({
    type: 'bar',
    silent: true,
    animation: false,
    xAxisIndex: index,
    yAxisIndex: index,
    barWidth: rowHeight * 0.5,
    showBackground: true,
    backgroundStyle: { color: COLORS.track },
    itemStyle: { color: COLORS.accent },
    emphasis: { disabled: true },
    data: items.map((f) => f.value ?? 0),
  });
  items.forEach((f, i) => {
    const y = top + (i + 0.5) * rowHeight;
    const axisLabel = { left: left - 14 - textWidth(f.label, size.label), right: left - 14, top: y - size.label / 2, bottom: y + size.label / 2 };
    c.texts.push({ text: f.label, ...axisLabel, box: { left: p.x, right: left } });
    c.text(`${f.text}${f.value === null ? '' : UNIT}`, left + width + 10, y, 'left', { fontSize: size.label, bold: true }, { left: p.x, right: p.x + p.width });
  });
  return top - p.top + rowHeight * items.length;
}

type ReviewGroup = InfographicModel['review']['groups'][number];

const reviewColumns = (width: number) => (width > 600 ? 4 : 2);
const resultsHeight = (layout: Layout, group: ReviewGroup, width: number) =>
  8 + Math.ceil(group.results.length / reviewColumns(width)) * (layout.size.small * LINE + layout.size.label * LINE + 6);

/** A card of 表四's group: its total as a card's number, then its four results under a rule. */
function reviewCard(c: Canvas, layout: Layout, group: ReviewGroup, x: number, y: number, width: number, height: number) {
  const { size } = layout;
  const pad = size.small;
  const below = resultsHeight(layout, group, width);
  card(c, layout, group.total, x, y, width, height, below);
  const columns = reviewColumns(width);
  const cellWidth = (width - 2 * pad) / columns;
  const cellHeight = size.small * LINE + size.label * LINE + 6;
  let top = y + height - pad - below;
  c.rect(x + pad, top + 2, width - 2 * pad, 1, { fill: COLORS.rule });
  top += 8;
  group.results.forEach((r, i) => {
    const cx = x + pad + (i % columns) * cellWidth + cellWidth / 2;
    const cy = top + Math.floor(i / columns) * cellHeight;
    const cell = { left: cx - cellWidth / 2, right: cx + cellWidth / 2 };
    c.text(r.label, cx, cy + size.small * 0.7, 'center', { fontSize: size.small, fill: COLORS.muted }, cell);
    c.text(`${r.text}${r.value === null ? '' : UNIT}`, cx, cy + size.small * LINE + size.label * 0.6, 'center', { fontSize: size.label, bold: true }, cell);
  });
}

/** The picture of `model` in `layout`: its size, the option to render, and every text placed. */
export function infographicChart(model: InfographicModel, layoutId: LayoutId): InfographicChart {
  const layout = LAYOUTS[layoutId];
  const { width, margin, gap, size } = layout;
  const inner = width - 2 * margin;
  const c = new Canvas(width);
  const axes = { grid: [] as Graphic[], x: [] as Graphic[], y: [] as Graphic[], series: [] as Graphic[] };

  // The title band: 一图读懂, the agency, the report.
  let y = margin * 0.8;
  const headerGraphics = c.graphics.length;
  c.text(model.kicker, width / 2, y + size.kicker * 0.6, 'center', { fontSize: size.kicker, fill: COLORS.accentText });
  y += size.kicker * LINE + gap / 2;
  y += c.paragraph(model.title[0], width / 2, y, inner, 'center', { fontSize: size.title, bold: true, fill: COLORS.accentText });
  y += c.paragraph(model.title[1], width / 2, y, inner, 'center', { fontSize: size.heading, fill: COLORS.accentText });
  y += margin * 0.8;
  c.graphics.splice(headerGraphics, 0, { type: 'rect', silent: true, shape: { x: 0, y: 0, width, height: y }, style: { fill: COLORS.accent } });

  if (model.draft) {
    y += gap;
    const top = y;
    const text = inner - 2 * size.small;
    const lines = wrapText(model.draft.banner, size.label * 1.04, text).length * size.label * LINE + wrapText(model.draft.summary, size.small, text).length * size.small * LINE;
    const height = 2 * size.small + lines;
    c.rect(margin, top, inner, height, { fill: '#ffffff', stroke: COLORS.draft, lineWidth: 3 });
    let line = top + size.small;
    line += c.paragraph(model.draft.banner, width / 2, line, text, 'center', { fontSize: size.label, bold: true, fill: COLORS.draft });
    c.paragraph(model.draft.summary, width / 2, line, text, 'center', { fontSize: size.small, fill: COLORS.draft });
    y += height;
  }

  y += gap * 2;
  y += heading(c, layout, model.proactive.heading, y);
  y += cards(c, layout, model.proactive.rows, y);

  y += gap * 2;
  y += heading(c, layout, model.requests.heading, y);
  y += cards(c, layout, [model.requests.flow], y) + gap * 1.5;
  if (layout.chartsSideBySide) {
    const half = (inner - 2 * gap) / 2;
    const left = resultsPanel(c, layout, model, { x: margin, top: y, width: half }, axes.series);
    const right = applicantsPanel(c, layout, model, { x: margin + half + 2 * gap, top: y, width: half }, axes);
    y += Math.max(left, right);
  } else {
    y += resultsPanel(c, layout, model, { x: margin, top: y, width: inner }, axes.series) + gap * 1.5;
    y += applicantsPanel(c, layout, model, { x: margin, top: y, width: inner }, axes);
  }

  y += gap * 2;
  y += heading(c, layout, model.review.heading, y);
  const perRow = layout.chartsSideBySide ? 3 : 1;
  const reviewWidth = (inner - (perRow - 1) * gap) / perRow;
  for (const row of chunks(model.review.groups, perRow)) {
    const height = Math.max(...row.map((g) => cardHeight(layout, g.total, reviewWidth) + resultsHeight(layout, g, reviewWidth)));
    row.forEach((g, i) => reviewCard(c, layout, g, margin + i * (reviewWidth + gap), y, reviewWidth, height));
    y += height + gap;
  }

  y += gap;
  y += heading(c, layout, model.fee.heading, y);
  y += c.paragraph(model.fee.text, margin, y, inner, 'left', { fontSize: size.label });

  y += gap * 1.5;
  c.rect(margin, y, inner, 1, { fill: COLORS.rule });
  y += gap;
  const notes = model.draft ? [...model.notes, `${model.draft.banner}：本图由尚有错误的报告生成，仅供内部审阅。`] : model.notes;
  for (const note of notes) {
    const style = { fontSize: size.small, fill: model.draft && note === notes[notes.length - 1] ? COLORS.draft : COLORS.muted };
    y += c.paragraph(note, margin, y, inner, 'left', style);
  }
  const height = Math.ceil(y + margin);

  const option: EChartsCoreOption = {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY },
    grid: axes.grid,
    xAxis: axes.x,
    yAxis: axes.y,
    series: axes.series,
    graphic: { elements: c.graphics },
  };
  return { layout, width, height, option, texts: c.texts };
}

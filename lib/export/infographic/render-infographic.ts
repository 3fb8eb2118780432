// The 图解's outputs from a document and its report, as the browser and the command line make them:
// the SVG of a layout and the web section. One entry point, loaded with import() by the app.
import type { DraftReport } from '@/lib/report/file/schema';
import type { PrintDocument } from '../print-model';
import { infographicSection } from './html';
import { LAYOUTS, type LayoutId } from './measure';
import { infographicModel } from './model';
import { infographicChart } from './options';
import { renderInfographicSvg } from './render-svg';

export type InfographicSvg = { svg: string; width: number; height: number };

const nameOf = (doc: PrintDocument, layout: LayoutId) => `${LAYOUTS[layout].name}：${doc.name}${doc.draft ? `（${doc.draft.banner}）` : ''}`;

export function infographicSvg(doc: PrintDocument, report: DraftReport, layout: LayoutId): InfographicSvg {
  const chart = infographicChart(infographicModel(doc, report), layout);
  return { svg: renderInfographicSvg(chart, nameOf(doc, layout)), width: chart.width, height: chart.height };
}

/** The section for the website: the one-page picture with its numbers as tables beside it. */
export function infographicHtml(doc: PrintDocument, report: DraftReport): string {
  const model = infographicModel(doc, report);
  return infographicSection(model, renderInfographicSvg(infographicChart(model, 'page'), nameOf(doc, 'page')));
}

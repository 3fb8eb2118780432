// The 图解 drawn as SVG by Apache ECharts' server-side renderer: a string, no DOM, so the browser
// and Node make the same file. Only what the picture uses is registered (bar, pie, grid, graphic,
// the SVG renderer), and text is measured by measure.ts's one deterministic measure.
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GraphicComponent, GridComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { escapeHtml } from '../html/escape';
import { measureFont } from './measure';
import type { InfographicChart } from './options';

echarts.use([BarChart, PieChart, GridComponent, GraphicComponent, SVGRenderer]);
echarts.setPlatformAPI({ measureText: measureFont });

/** The picture as an SVG document, named for a screen reader by `title` (role="img"). */
export function renderInfographicSvg(chart: InfographicChart, title: string): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: chart.width, height: chart.height });
  try {
    instance.setOption(chart.option);
    const svg = instance.renderToSVGString();
    // Nothing in the picture reacts to the pointer: the hover rules ECharts adds are dropped.
    return svg
      .replace(/<style\s*>[\s\S]*?<\/style>\s*/, '')
      .replace(/ class="zr\d+-cls-\d+"/g, '')
      .replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(title)}" `)
      .replace(/(<svg[^>]*>)/, `$1<title>${escapeHtml(title)}</title>`);
  } finally {
    instance.dispose();
  }
}

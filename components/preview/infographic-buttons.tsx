'use client';
// The 图解's downloads on 预览与导出 and for a 汇总 (汇总与核查): ECharts and the picture's code are loaded on the first click
// only (import()), so neither the wizard's pages nor the preview load them before.
import type { LayoutId } from '@/lib/export/infographic/measure';
import type { PrintDocument } from '@/lib/export/print-model';
import { reportFileName } from '@/lib/report/file/file-name';
import type { DraftReport } from '@/lib/report/file/schema';
import { downloadFile } from '@/components/ui/download';
import { copyText } from './copy';
import { svgToPng } from './svg-to-png';

const loadInfographic = () => import('@/lib/export/infographic/render-infographic');


type Props = {
  doc: PrintDocument;
  report: DraftReport;
  /** 「（副本）」 in a read-only second tab. */
  copy: string;
  busy: boolean;
  setBusy: (busy: boolean) => void;
  setMessage: (message: string) => void;
  /** Where the clipboard is refused: the code shown to copy by hand. */
  showForManualCopy: (text: string) => void;
  className: string;
  /** The download's name for 「图解」/「长图」 (default: the report's title, 「…年度报告-图解.png」). */
  fileName?: (what: string, extension: string) => string;
};

const FAILED = '生成图解时出错了，报告内容没有受到影响。请刷新页面后重试。';

export function InfographicButtons({ doc, report, copy, busy, setBusy, setMessage, showForManualCopy, className, fileName = (what, extension) => reportFileName(report.meta, extension, what) }: Props) {
  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setMessage('正在生成图解…');
    try {
      setMessage(await task());
    } catch {
      setMessage(FAILED);
    } finally {
      setBusy(false);
    }
  };

  const png = (layout: LayoutId, what: string) =>
    run(async () => {
      const { infographicSvg } = await loadInfographic();
      const { svg, width, height } = infographicSvg(doc, report, layout);
      const name = fileName(what, 'png');
      downloadFile(name, await svgToPng(svg, width, height), 'image/png');
      return `已生成 ${name}（${width} × ${height} 像素）。`;
    });

  const svg = () =>
    run(async () => {
      const { infographicSvg } = await loadInfographic();
      const name = fileName('图解', 'svg');
      downloadFile(name, infographicSvg(doc, report, 'page').svg, 'image/svg+xml');
      return `已生成 ${name}。`;
    });

  const code = () =>
    run(async () => {
      const { infographicHtml } = await loadInfographic();
      const html = infographicHtml(doc, report);
      if (await copyText(html)) return '图解网页代码已复制，可粘贴到网站编辑器的“源代码”模式中；图中每个数字都在图下的表格里。';
      showForManualCopy(html);
      return '';
    });

  return (
    <div className="space-y-2" role="group" aria-labelledby="infographic-heading">
      <h2 id="infographic-heading" className="pt-2 font-semibold">
        图解（一图读懂）
      </h2>
      <button type="button" className={className} disabled={busy} onClick={() => void png('page', '图解')}>
        下载图解（PNG）{copy}
      </button>
      <button type="button" className={className} disabled={busy} onClick={() => void png('long', '长图')}>
        下载图解（长图 PNG）{copy}
      </button>
      <button type="button" className={className} disabled={busy} onClick={() => void svg()}>
        下载图解（SVG）{copy}
      </button>
      <button type="button" className={className} disabled={busy} onClick={() => void code()}>
        复制图解网页代码
      </button>
    </div>
  );
}

import { AppLink } from '@/components/ui/app-link';
import { TITLE_PLACEHOLDER } from '@/lib/report/title';
import { SECTION_HEADINGS, TITLE_SUFFIX } from '@/lib/report/template/sections';
import { Home } from './home';

const FEATURES = [
  { title: '按模板逐项填写', text: '基本信息和六个部分一步一页，每次输入都自动保存在本机浏览器中，下次打开从上次停下的地方继续。' },
  { title: '勾稽关系实时核对', text: '三张表格与国办公开办函〔2021〕30号模板一致，总计自动计算，“第一项加第二项之和，等于第三项加第四项之和”逐列核对，哪一格不对、差多少、怎么改，一目了然。' },
  { title: '导出即可发布', text: '预览与打印稿一致；导出符合公文格式的 Word 文档和可直接上传网站的网页文件。' },
  { title: '从上年报告开始', text: '导入上年的报告文件或已发布报告的文字，上年结转数自动带入。' },
];

export function Intro() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-12">
      <p className="text-sm font-medium tracking-widest text-seal">年报助手</p>
      <h1 className="mt-2 text-3xl font-bold leading-tight">政府信息公开工作年度报告，填得对、算得准、排得好</h1>
      <p className="mt-4 text-lg leading-relaxed text-stone-700">
        为县、市各级机关的经办人员准备：按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）
        编写“{TITLE_PLACEHOLDER}{TITLE_SUFFIX}”，在发布前把表格里的每一个数字核对清楚。
      </p>
      <div className="mt-6">
        <Home />
      </div>
      <section aria-labelledby="summary-heading" className="mt-6 rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
        <h2 id="summary-heading" className="font-semibold">
          政务公开办：核查并汇总各部门的报告
        </h2>
        <p className="mt-1 text-sm leading-relaxed text-stone-700">
          一次拖入各部门报送的全部年报（Word、网页、PDF、Excel 或报告文件，也可以是整个文件夹），逐份检查，汇总表二、表三、表四，导出 Excel 汇总表和问题清单。
        </p>
        <AppLink href="/summary/" className="mt-3 inline-block rounded border border-stone-500 px-4 py-2 hover:bg-stone-100">
          汇总与核查
        </AppLink>
      </section>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        {FEATURES.map((f) => (
          <li key={f.title} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold">{f.title}</h2>
            <p className="mt-1 text-sm leading-relaxed text-stone-700">{f.text}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="sections-heading" className="mt-10">
        <h2 id="sections-heading" className="text-xl font-semibold">报告的六个部分</h2>
        <ol className="mt-3 space-y-1 text-stone-800">
          {Object.values(SECTION_HEADINGS).map((heading) => (
            <li key={heading}>{heading}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="privacy-heading" className="mt-10 rounded-lg bg-amber-50 p-4 text-amber-950">
        <h2 id="privacy-heading" className="font-semibold">数据只在本机</h2>
        <p className="mt-1 text-sm leading-relaxed">
          本工具是一组静态网页，不向任何服务器发送报告内容；报告只保存在您的浏览器中，只有您点击下载时才会生成文件。可部署在单位内网使用。
        </p>
      </section>
      <section aria-labelledby="cli-heading" className="mt-10">
        <h2 id="cli-heading" className="text-xl font-semibold">批量核对</h2>
        <p className="mt-1 text-sm leading-relaxed text-stone-700">
          信息技术人员可用命令行批量检查报告文件：<code className="rounded bg-stone-200 px-1">npx nianbao check 报告.nianbao.json</code>。
          报告文件格式见 <a className="text-blue-800 underline" href="schema/report-v1.json">report-v1.json</a>。
        </p>
      </section>
    </main>
  );
}

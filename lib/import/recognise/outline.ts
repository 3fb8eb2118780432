// A document's paragraphs by place: before the first section heading (title, preface), and under
// each of the six sections. Text on a heading's own line after it (「五、存在的主要问题及改进情况。一是…」)
// belongs to the section.
import type { SectionId } from '@/lib/report/template/sections';
import { SectionTracker } from './headings';
import type { DocumentBlock } from '../parsed-document';

/** Credits a web page prints around an article (「监审:」「编辑：张三」「发布时间：…」): not part of the report. */
const PAGE_CREDIT = /^(?:监审|审核|编辑|责任编辑|校对|初审|复审|终审|来源|发布时间|发布日期|作者|浏览次数)\s*[:：]/;
const MAX_CREDIT = 30;
/** A web page's breadcrumb trail (「首页 > 政务公开 > 年度报告」). */
const BREADCRUMB = /^(?:首页|当前位置|您的位置|您现在的位置)[^。]*[>＞»›]/;

const isPageFurniture = (text: string) => text.length <= MAX_CREDIT * 2 && (BREADCRUMB.test(text) || (PAGE_CREDIT.test(text) && text.length <= MAX_CREDIT));

export type Outline = {
  front: string[];
  sections: Record<SectionId, string[]>;
  /** The sections whose heading was found, in document order. */
  found: SectionId[];
};

export function outlineOf(blocks: readonly DocumentBlock[]): Outline {
  const sections: Record<SectionId, string[]> = { overview: [], proactive: [], applications: [], review: [], problems: [], other: [] };
  const outline: Outline = { front: [], sections, found: [] };
  const tracker = new SectionTracker();
  let current: string[] = outline.front;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text.trim();
    if (text === '' || isPageFurniture(text)) continue;
    const heading = tracker.next(text);
    if (heading) {
      outline.found.push(heading.section);
      current = sections[heading.section];
      if (heading.rest) current.push(heading.rest);
    } else {
      current.push(text);
    }
  }
  return outline;
}

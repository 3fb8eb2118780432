// JSON paths into a report (`applications.received.natural`): reading, immutable writing, the
// document order findings are sorted by, and the Chinese name of the place a path points to.
import { META_FIELDS, PREFACE_LABEL, SECTION_FIELDS, SECTION_HEADINGS, SECTION_IDS, type SectionId } from './template/sections';
import { TABLE_CELLS, tableOfSection } from './template/tables';
import { TABLE3_ROWS } from './template/table3';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const splitCache = new Map<string, readonly string[]>();

/** A path's keys, split once: totals read the same few hundred paths at every keystroke. */
function keysOf(path: string): readonly string[] {
  let keys = splitCache.get(path);
  if (!keys) splitCache.set(path, (keys = path.split('.')));
  return keys;
}

export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of keysOf(path)) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** A copy of `root` with `value` at `path`; missing objects on the way are created. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.');
  if (key === undefined) return root;
  const node: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  node[key] = rest.length === 0 ? value : setAt(node[key], rest.join('.'), value);
  return node as T;
}

const proseFields = SECTION_IDS.flatMap((section) => (SECTION_FIELDS[section] ?? []).map((p) => ({ ...p, section: SECTION_HEADINGS[section] })));

/** The fields of a section in document order: its table's cells, or its prose fields. */
export function sectionPaths(section: SectionId): string[] {
  const table = tableOfSection(section);
  if (table) return TABLE_CELLS.filter((c) => c.table === table).map((c) => c.path);
  return (SECTION_FIELDS[section] ?? []).map((f) => f.path);
}

/** Every field of the report in the order it appears in the document. */
const DOCUMENT_ORDER: readonly string[] = [...META_FIELDS.map((f) => f.path), 'preface', ...SECTION_IDS.flatMap(sectionPaths)];

const orderIndex = new Map(DOCUMENT_ORDER.map((path, i) => [path, i]));

/** Position of a path in the document; paths outside it (lastYear …) sort last. */
export function documentPosition(path: string): number {
  return orderIndex.get(path) ?? DOCUMENT_ORDER.length;
}

const names = new Map<string, string>([
  ...META_FIELDS.map((f): [string, string] => [f.path, `基本信息「${f.label}」`]),
  ['preface', PREFACE_LABEL],
  ...proseFields.map((f): [string, string] => [f.path, `${f.section}「${f.label}」`]),
  ...TABLE3_ROWS.map((r): [string, string] => [r.path, `表三「${r.label}」`]),
  ...TABLE_CELLS.map((c): [string, string] => [c.path, `${c.table.shortName}「${c.name}」`]),
]);

const sectionNames: Record<string, string> = {
  meta: '基本信息',
  overview: SECTION_HEADINGS.overview,
  proactive: `表二（${SECTION_HEADINGS.proactive}）`,
  applications: `表三（${SECTION_HEADINGS.applications}）`,
  review: `表四（${SECTION_HEADINGS.review}）`,
  problems: SECTION_HEADINGS.problems,
  other: SECTION_HEADINGS.other,
  lastYear: '上年数据（lastYear）',
};

/** The place a path points to, in the clerk's words: 表三「（一）予以公开 自然人」. */
export function describePath(path: string): string {
  const exact = names.get(path);
  if (exact) return exact;
  const section = sectionNames[path.split('.')[0] ?? ''];
  return section ?? '报告';
}

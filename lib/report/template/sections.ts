// The document around the tables: title, the six section headings (verbatim, format.md §2) and
// the parts of the prose sections, each tied to its field in the report file (report-json.md).

export const TITLE_SUFFIX = '年政府信息公开工作年度报告';
/** A sum's title (汇总与核查): 「××县2024年度政府信息公开工作年度报告数据汇总」. */
export const SUM_TITLE_YEAR = '年度';
export const SUM_TITLE_SUFFIX = '政府信息公开工作年度报告数据汇总';

/** The format (国办公开办函〔2021〕30号) and the first reporting year it applies to (format.md §1). */
export const FORMAT_NAME = '国办公开办函〔2021〕30号';
export const FORMAT_FIRST_YEAR = 2021;
export const FORMAT_APPLIES = `本格式（${FORMAT_NAME}）适用于 ${FORMAT_FIRST_YEAR} 年及以后的年度报告`;

/** 条例 art. 49: a department publishes by 1月31日 of the next year, a people's government by 3月31日. */
export const PUBLICATION_DEADLINES = { department: { month: 1, day: 31 }, government: { month: 3, day: 31 } } as const;
export const deadlineLabel = (kind: keyof typeof PUBLICATION_DEADLINES) => `次年${PUBLICATION_DEADLINES[kind].month}月${PUBLICATION_DEADLINES[kind].day}日`;

/** The six sections in document order. */
export const SECTION_IDS = ['overview', 'proactive', 'applications', 'review', 'problems', 'other'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const satisfies Record<SectionId, string>;

/** A prose field of the report (what to write in it, shown beside its text area: `prose-hints.ts`). */
export type ProsePart = { path: string; label: string };

/** 一、总体情况: a lead paragraph and the five parts of format.md §2. */
export const OVERVIEW_PARTS: readonly ProsePart[] = [
  { path: 'overview.intro', label: '引言' },
  { path: 'overview.proactive', label: '（一）主动公开情况' },
  { path: 'overview.requests', label: '（二）依申请公开情况' },
  { path: 'overview.management', label: '（三）政府信息管理情况' },
  { path: 'overview.platforms', label: '（四）政府信息公开平台建设情况' },
  { path: 'overview.oversight', label: '（五）监督保障情况' },
];

/** 五、存在的主要问题及改进情况. */
export const PROBLEMS_PARTS: readonly ProsePart[] = [
  { path: 'problems.problems', label: '存在的主要问题' },
  { path: 'problems.improvements', label: '改进情况' },
];

/** 六、其他需要报告的事项; （一）收取信息处理费情况 is asked as fields and always stated. */
export const FEE_HEADING = '（一）收取信息处理费情况';
const FEE_FIELDS = [
  { path: 'other.fees.charged', label: '是否收取信息处理费' },
  { path: 'other.fees.cases', label: '收费件数' },
  { path: 'other.fees.amountYuan', label: '收费金额（元）' },
  { path: 'other.fees.note', label: '补充说明' },
] as const;
export const OTHER_PARTS: readonly ProsePart[] = [
  { path: 'other.workPoints', label: '（二）落实上级年度政务公开工作要点情况' },
  { path: 'other.proposals', label: '（三）人大代表建议和政协提案办理结果公开情况' },
  { path: 'other.innovation', label: '（四）政务公开工作创新情况' },
  { path: 'other.others', label: '（五）其他' },
];

/** The prose fields of each section without a table, in document order (六 starts with its fees). */
export const SECTION_FIELDS: Readonly<Partial<Record<SectionId, readonly { path: string; label: string }[]>>> = {
  overview: OVERVIEW_PARTS,
  problems: PROBLEMS_PARTS,
  other: [...FEE_FIELDS, ...OTHER_PARTS],
};

/** 基本信息, in the order the wizard asks for them. */
export const META_FIELDS = [
  { path: 'meta.agency', label: '机关名称' },
  { path: 'meta.agencyKind', label: '机关类型' },
  { path: 'meta.year', label: '报告年度' },
  { path: 'meta.website.name', label: '发布网站名称' },
  { path: 'meta.website.url', label: '发布网站网址' },
  { path: 'meta.contact.unit', label: '联系部门' },
  { path: 'meta.contact.address', label: '地址' },
  { path: 'meta.contact.postcode', label: '邮编' },
  { path: 'meta.contact.phone', label: '电话' },
  { path: 'meta.contact.fax', label: '传真' },
  { path: 'meta.contact.email', label: '电子邮箱' },
  { path: 'meta.issuedOn', label: '成文日期' },
] as const;

export const AGENCY_KIND_LABELS = { department: '政府部门', government: '人民政府' } as const;

/** 统计范围 (meta.scope): whose figures a report covers — its own, with its departments, or the region's. */
export const SCOPE_LABEL = '统计范围';
export const SCOPE_LABELS = { agency: '本机关', level: '本级（含所属部门）', region: '本行政区域' } as const;

const FIELD_LABELS = new Map<string, string>(
  [...META_FIELDS, ...FEE_FIELDS, ...OVERVIEW_PARTS, ...PROBLEMS_PARTS, ...OTHER_PARTS].map((f) => [f.path, f.label]),
);

/** The label a field is asked for by (基本信息, the fee fields, the prose parts). */
export function fieldLabel(path: string): string {
  const label = FIELD_LABELS.get(path);
  if (label === undefined) throw new Error(`no label for ${path}`);
  return label;
}

export const PREFACE_LABEL = '前言';

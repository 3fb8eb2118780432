// What to write in each prose part, shown beside its text area in the wizard: apart from the parts'
// labels (sections.ts) because only the prose steps show them, and they load with those steps.

/** The hint of each prose part, by its field's path. */
export const PROSE_HINTS: Readonly<Record<string, string>> = {
  'overview.intro': '简要综述本年度贯彻落实《条例》、推进政务公开的总体情况。',
  'overview.proactive': '本年主动公开信息的数量、重点领域信息公开和政策解读情况；规章、行政规范性文件等数字应与表二一致。',
  'overview.requests': '收到和办理申请的数量、答复和结转情况，如“收到政府信息公开申请N件”；数字应与表三一致。',
  'overview.management': '公开前保密审查、政府信息公开指南和目录的更新、规范性文件清理等。',
  'overview.platforms': '政府网站信息公开专栏、政务新媒体、查阅场所等平台的建设和维护。',
  'overview.oversight': '组织领导、制度建设、培训、考核与监督；人民政府须写明工作考核、社会评议和责任追究结果情况（《条例》第五十条）。',
  'problems.problems': '实事求是写明本年工作存在的不足，不要照搬上年的表述。',
  'problems.improvements': '上年报告所列问题的整改结果，以及下一步的改进措施。',
  'other.workPoints': '对照上级年度政务公开工作要点，逐项说明落实情况。',
  'other.proposals': '办理的建议、提案件数及办理结果公开情况；没有的可以不写，报告中将省略此项。',
  'other.innovation': '本年政务公开的创新做法和成效；没有的可以不写。',
  'other.others': '其他需要报告的事项；没有的可以不写。',
};

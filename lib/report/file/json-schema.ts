// The JSON Schema of the report file, generated from the draft schema (what a file may hold) and
// published at public/schema/report-v1.json; a test keeps the published copy current.
import * as z from 'zod/mini';
import { DraftReportSchema, REPORT_VERSION } from './schema';

export const JSON_SCHEMA_PATH = `public/schema/report-v${REPORT_VERSION}.json`;

function reportJsonSchema(): Record<string, unknown> {
  return {
    $id: `/schema/report-v${REPORT_VERSION}.json`,
    title: '政府信息公开工作年度报告（年报助手报告文件，版本 1）',
    description:
      '国办公开办函〔2021〕30号格式的年度报告。单元格为 null 表示尚未填写（仅草稿）；完整、可发布的报告由 `npx nianbao check` 判定。',
    ...z.toJSONSchema(DraftReportSchema, { target: 'draft-2020-12', io: 'input', reused: 'ref' }),
  };
}

export const serializeJsonSchema = () => `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;

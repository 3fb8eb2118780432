// The floors of the house are lint errors: each rule is shown failing on a file that breaks it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.message);
}

// NOTE: the first lint loads ESLint's config and the TypeScript parser: seconds on a busy machine.
describe('the layers of the code', { timeout: 60_000 }, () => {
  it('keeps the domain free of the importer, the app and React', async () => {
    const found = await errors('lib/report/probe.ts', "import { importDocument } from '@/lib/import/import-document';\nimport { useState } from 'react';\nexport const x = [importDocument, useState];\n");
    expect(found).toEqual([
      'Unexpected path "@/lib/import/import-document" imported in restricted zone. lib/report is the domain: it imports nothing else of ours.',
      "'react' import is restricted from being used. lib/ is plain TypeScript: no React, no UI.",
    ]);
  });

  it('keeps the importer and the exporters apart, relative paths included', async () => {
    const found = await errors('lib/import/probe.ts', "import { buildDocx } from '../export/docx/document';\nexport const y = buildDocx;\n");
    expect(found).toEqual(['Unexpected path "../export/docx/document" imported in restricted zone. lib/import imports lib/report, not the exporters: a shared contract belongs in lib/report.']);
    expect(await errors('lib/export/probe.ts', "import { readDocx } from '@/lib/import/read/docx/read';\nexport const y = readDocx;\n")).toHaveLength(1);
  });

  it('keeps the summary pure: lib/report only, neither the importer nor the exporters', async () => {
    const found = await errors('lib/summary/probe.ts', "import { importDocument } from '@/lib/import/import-document';\nimport { buildDocx } from '../export/docx/document';\nimport { runChecks } from '@/lib/report/checks/checks';\nexport const s = [importDocument, buildDocx, runChecks];\n");
    expect(found).toEqual([
      'Unexpected path "@/lib/import/import-document" imported in restricted zone. lib/summary is pure, like lib/report: it imports lib/report only.',
      'Unexpected path "../export/docx/document" imported in restricted zone. lib/summary is pure, like lib/report: it imports lib/report only.',
    ]);
  });

  it('lets a round-trip test use both', async () => {
    expect(await errors('lib/import/probe.test.ts', "import { buildDocx } from '@/lib/export/docx/document';\nexport const y = buildDocx;\n")).toEqual([]);
  });

  it('keeps test helpers and vendor libraries out of the app', async () => {
    const found = await errors('components/probe.ts', "import { busyReport } from '@/lib/report/testing/sample-reports';\nimport { Document } from 'docx';\nexport const z = [busyReport, Document];\n");
    expect(found).toEqual([
      "'@/lib/report/testing/sample-reports' import is restricted from being used by a pattern. Test helpers (testing/ folders) are for tests only.",
      "'docx' import is restricted from being used. Only lib/export/docx/ imports docx.",
    ]);
  });

  it('keeps pdf.js in the PDF reader, loaded there when needed', async () => {
    const message = 'Only the PDF reader (lib/import/read/pdf/) imports pdfjs-dist.';
    expect(await errors('components/probe.ts', "export const pdf = () => import('pdfjs-dist/legacy/build/pdf.mjs');\n")).toEqual([message]);
    expect(await errors('lib/import/read/probe.ts', "import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';\nexport const y = getDocument;\n")).toEqual([
      "'pdfjs-dist/legacy/build/pdf.mjs' import is restricted from being used by a pattern. " + message,
    ]);
    expect(await errors('lib/import/read/pdf/probe.ts', "export const pdf = () => import('pdfjs-dist/legacy/build/pdf.mjs');\n")).toEqual([]);
  });

  it('keeps write-excel-file in the workbook writer, loaded there when needed', async () => {
    const message = 'Only the workbook writer (lib/export/xlsx/) imports write-excel-file.';
    expect(await errors('components/probe.ts', "export const x = () => import('write-excel-file/universal');\n")).toEqual([message]);
    expect(await errors('lib/import/read/pdf/probe.ts', "export const x = () => import('write-excel-file/universal');\n")).toEqual([message]);
    expect(await errors('lib/export/probe.ts', "import type { Sheet } from 'write-excel-file/universal';\nexport type S = Sheet<Blob>;\n")).toEqual([
      "'write-excel-file/universal' import is restricted from being used by a pattern. " + message,
    ]);
    expect(await errors('lib/export/xlsx/probe.ts', "export const x = () => import('write-excel-file/universal');\n")).toEqual([]);
  });

  it('keeps ECharts in the 图解, and the app loads the 图解 only when asked for', async () => {
    const message = 'Only the 图解 (lib/export/infographic/) imports echarts.';
    expect(await errors('components/probe.ts', "export const e = () => import('echarts/core');\n")).toEqual([message]);
    expect(await errors('lib/export/html/probe.ts', "import { init } from 'echarts/core';\nexport const e = init;\n")).toEqual([
      "'echarts/core' import is restricted from being used by a pattern. " + message,
    ]);
    expect(await errors('components/preview/probe.ts', "import { renderInfographicSvg } from '@/lib/export/infographic/render-svg';\nexport const r = renderInfographicSvg;\n")).toEqual([
      "'@/lib/export/infographic/render-svg' import is restricted from being used by a pattern. The 图解 renderers are loaded with import() when the clerk asks for a picture, so ECharts stays out of the first load.",
    ]);
    expect(await errors('components/preview/probe.ts', "export const r = () => import('@/lib/export/infographic/render-svg');\n")).toEqual([]);
    expect(await errors('lib/export/infographic/probe.ts', "import { init } from 'echarts/core';\nexport const e = init;\n")).toEqual([]);
  });
});

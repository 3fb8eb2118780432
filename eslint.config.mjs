import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The floors of the house (README, "Layout of the code") as lint errors rather than a convention.
// import/no-restricted-paths resolves every import (the @/ alias and relative paths alike).

const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**'];
const APP = ['./components', './app'];
const TOOLS = ['./scripts', './e2e', './bin'];
const zone = (target, from, message) => ({ target, from, message });

/** Who may import whom, for every file; tests may cross between the importer and the exporters. */
const FLOORS = [
  zone('./lib/report', ['./lib/import', './lib/export', './lib/summary', './lib/draft', './lib/cli', ...APP, ...TOOLS], 'lib/report is the domain: it imports nothing else of ours.'),
  zone('./lib', [...APP, ...TOOLS], 'lib/ never imports the app, the scripts or the e2e tests.'),
  zone('./components', ['./app', './lib/cli', ...TOOLS], 'components/ never imports routes, the command line or tools.'),
];
const SOURCE_FLOORS = [
  ...FLOORS,
  zone('./lib/import', ['./lib/export', './lib/summary', './lib/draft', './lib/cli'], 'lib/import imports lib/report, not the exporters: a shared contract belongs in lib/report.'),
  zone('./lib/export', ['./lib/import', './lib/summary', './lib/draft', './lib/cli'], 'lib/export imports lib/report, not the importer: a shared contract belongs in lib/report.'),
  zone('./lib/summary', ['./lib/import', './lib/export', './lib/draft', './lib/cli'], 'lib/summary is pure, like lib/report: it imports lib/report only.'),
  zone('./lib/draft', ['./lib/import', './lib/export', './lib/summary', './lib/cli'], 'lib/draft stores reports: it imports lib/report only.'),
];

// Each vendor library has one home (STYLE.md); UI libraries stay out of lib/; test helpers out of the app.
const VENDORS = {
  docx: 'Only lib/export/docx/ imports docx.',
  fflate: 'Only the file readers (lib/import/read/) import fflate.',
  'pdfjs-dist': 'Only the PDF reader (lib/import/read/pdf/) imports pdfjs-dist.',
  'write-excel-file': 'Only the workbook writer (lib/export/xlsx/) imports write-excel-file.',
  echarts: 'Only the 图解 (lib/export/infographic/) imports echarts.',
  '@resvg/resvg-js': 'Only the 图解 (lib/export/infographic/) imports @resvg/resvg-js, for the command line.',
  zod: 'zod stands behind the report schema (lib/report/file/) and the stored records (lib/draft/).',
  jsdom: 'jsdom is for tests only.',
  'next/link': 'Links are AppLink (components/ui/app-link.tsx): next/link’s prefetching runtime is about 2.5 KB gz of every first load.',
};
/** A library loaded when needed (`await import(…)`) keeps its one home too. */
const LOADED_ONLY_IN = { 'pdfjs-dist': './lib/import/read/pdf', 'write-excel-file': './lib/export/xlsx', echarts: './lib/export/infographic' };
/** no-restricted-syntax for the `import()` of every such library but those listed (one rule a file: a later one would replace it). */
const noDynamicImport = (except = []) => [
  'error',
  ...Object.keys(LOADED_ONLY_IN)
    .filter((name) => !except.includes(name))
    .map((name) => ({ selector: `ImportExpression[source.value=/^${name}(\\/|$)/]`, message: VENDORS[name] })),
];
const HOMES = Object.values(LOADED_ONLY_IN).map((home) => `${home.slice(2)}/**`);
const UI = ['react', 'react-dom', 'react-hook-form', 'next'];
const restricted = ({ allow = [], ui = false }) => [
  'error',
  {
    paths: [
      ...Object.entries(VENDORS)
        .filter(([name]) => !allow.includes(name))
        .map(([name, message]) => ({ name, message })),
      ...(ui ? UI.map((name) => ({ name, message: 'lib/ is plain TypeScript: no React, no UI.' })) : []),
    ],
    patterns: [
      { group: ['**/testing', '**/testing/*'], message: 'Test helpers (testing/ folders) are for tests only.' },
      ...['pdfjs-dist', 'write-excel-file', 'echarts'].filter((name) => !allow.includes(name)).map((name) => ({ group: [`${name}/*`], message: VENDORS[name] })),
      // The 图解's renderers carry ECharts (and resvg): the app loads them with import() on the click.
      ...(ui ? [] : [{ group: ['@/lib/export/infographic/render-*', '@/lib/export/infographic/png-node'], allowTypeImports: true, message: 'The 图解 renderers are loaded with import() when the clerk asks for a picture, so ECharts stays out of the first load.' }]),
      ...(ui ? [{ group: ['react/*', 'react-dom/*', 'next/*'], message: 'lib/ is plain TypeScript: no React, no UI.' }] : []),
    ],
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // The React Compiler is not enabled; react-hook-form is the decided form library.
      'react-hooks/incompatible-library': 'off',
      'import/no-restricted-paths': ['error', { zones: FLOORS }],
    },
  },
  { files: ['lib/**/*.ts'], ignores: TESTS, rules: { 'import/no-restricted-paths': ['error', { zones: SOURCE_FLOORS }] } },
  { files: ['components/**', 'app/**'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({}) } },
  { files: ['lib/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true }) } },
  { files: ['lib/export/docx/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true, allow: ['docx'] }) } },
  { files: ['lib/export/xlsx/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true, allow: ['write-excel-file'] }) } },
  { files: ['lib/export/infographic/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true, allow: ['echarts', '@resvg/resvg-js'] }) } },
  { files: ['lib/import/read/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true, allow: ['fflate'] }) } },
  { files: ['lib/import/read/pdf/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true, allow: ['fflate', 'pdfjs-dist'] }) } },
  { files: ['lib/report/file/**/*.ts', 'lib/draft/**/*.ts'], ignores: TESTS, rules: { 'no-restricted-imports': restricted({ ui: true, allow: ['zod'] }) } },
  { files: ['lib/**/*.ts', 'components/**', 'app/**'], ignores: [...TESTS, ...HOMES], rules: { 'no-restricted-syntax': noDynamicImport() } },
  ...Object.entries(LOADED_ONLY_IN).map(([name, home]) => ({
    files: [`${home.slice(2)}/**`],
    ignores: TESTS,
    rules: { 'no-restricted-syntax': noDynamicImport([name]) },
  })),
  // Tests may use jsdom and the DOCX read-back, but not React in lib/.
  { files: TESTS.map((t) => `lib/${t}`), rules: { 'no-restricted-imports': ['error', { paths: UI.map((name) => ({ name, message: 'lib/ is plain TypeScript: no React, no UI.' })) }] } },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
]);

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../empty-report';
import { JSON_SCHEMA_PATH, serializeJsonSchema } from './json-schema';
import { setAt } from '../paths';
import { busyReport } from '../testing/sample-reports';
import { DraftReportSchema, ReportSchema, type DraftReport } from './schema';

describe('the report schema', () => {
  it('reads a blank draft but does not take it for a complete report', () => {
    const draft = emptyReport({ agency: '某某县司法局', year: 2025 });
    expect(DraftReportSchema.safeParse(draft).success).toBe(true);
    expect(ReportSchema.safeParse(draft).success).toBe(false);
    expect(draft.applications.denied.inquiry).toEqual({ natural: null, business: null, research: null, nonprofit: null, legal: null, other: null });
    expect(draft.other.fees).toEqual({ charged: null, cases: null, amountYuan: null });
    expect(draft.overview.oversight).toBe('');
  });

  it('takes a complete report in both strictnesses, and a complete report is a draft', () => {
    const report = busyReport();
    expect(ReportSchema.parse(report)).toEqual(report);
    const asDraft: DraftReport = report;
    expect(DraftReportSchema.parse(asDraft)).toEqual(report);
  });

  it('refuses wrong types even in a draft', () => {
    const wrong = setAt(busyReport(), 'applications.received.natural', '12');
    const result = DraftReportSchema.safeParse(wrong);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['applications.received.natural']);
  });

  it('refuses in a complete report what a draft may hold', () => {
    const paths = (value: unknown, path: string) => ReportSchema.safeParse(setAt(busyReport(), path, value)).error?.issues.map((i) => i.path.join('.'));
    expect(paths(null, 'applications.granted.legal')).toEqual(['applications.granted.legal']);
    expect(paths(-1, 'review.reconsideration.pending')).toEqual(['review.reconsideration.pending']);
    expect(paths('12.34567', 'proactive.feesWanYuan')).toEqual(['proactive.feesWanYuan']);
    expect(paths(2020, 'meta.year')).toEqual(['meta.year']);
    expect(paths(' ', 'meta.agency')).toEqual(['meta.agency']);
    expect(paths('javascript:alert(1)', 'meta.website.url')).toEqual(['meta.website.url']);
    expect(paths('2026-1-16', 'meta.issuedOn')).toEqual(['meta.issuedOn']);
  });

  it('keeps printed totals when a file has them', () => {
    const withTotal = setAt(busyReport(), 'applications.received.total', 54);
    expect(DraftReportSchema.parse(withTotal).applications.received.total).toBe(54);
  });

  it('publishes an up-to-date JSON Schema (run `npm run schema` after changing the schema)', () => {
    const published = readFileSync(new URL(`../../../${JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(published).toBe(serializeJsonSchema());
    const schema = JSON.parse(published) as { required: string[]; properties: { version: { const: number } } };
    expect(schema.required).toEqual(['format', 'version', 'meta', 'overview', 'proactive', 'applications', 'review', 'problems', 'other']);
    expect(schema.properties.version.const).toBe(1);
  });
});

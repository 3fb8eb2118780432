// The report file (report-json.md, version 1) as zod schemas. One definition, built at two
// strictnesses: the draft form reads whatever a browser or a file holds (blank cells, empty
// texts); the complete form is what a publishable report must be.
// zod/mini: the same schemas in zod's tree-shakable form, so a page ships only the validators it
// uses (the classic build hangs every method on one prototype and ships whole, ≈30 KB gz).
import * as z from 'zod/mini';
import { WEB_ADDRESS } from '../checks/meta-formats';
import { KEY_FIGURE_PATHS } from '../key-figures';
import { MAX_COUNT } from '../numbers';
import { FORMAT_FIRST_YEAR } from '../template/sections';

export const REPORT_FORMAT = 'nianbao.report';
export const REPORT_VERSION = 1;

/** 统计范围: 本机关 / 本级（含所属部门） / 本行政区域 (labels in template/sections.ts). */
export const REPORT_SCOPES = ['agency', 'level', 'region'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

/** A canonical decimal string: no sign, no leading zeros, at most `places` decimals. */
export const decimalPattern = (places: number) => new RegExp(`^(0|[1-9][0-9]*)(\\.[0-9]{1,${places}})?$`);

function buildReportSchema<
  Count extends z.ZodMiniType,
  Amount extends z.ZodMiniType,
  Year extends z.ZodMiniType,
  Agency extends z.ZodMiniType,
  Charged extends z.ZodMiniType,
  Url extends z.ZodMiniType,
  IsoDate extends z.ZodMiniType,
  Figure extends z.ZodMiniType,
>(p: { count: Count; wanYuan: Amount; yuan: Amount; year: Year; agency: Agency; charged: Charged; url: Url; date: IsoDate; figure: Figure }) {
  const applicants = z.object({
    natural: p.count,
    business: p.count,
    research: p.count,
    nonprofit: p.count,
    legal: p.count,
    other: p.count,
    total: z.optional(p.count),
  });
  const reviewGroup = z.object({ upheld: p.count, corrected: p.count, other: p.count, pending: p.count, total: z.optional(p.count) });
  const documents = z.object({ issued: p.count, repealed: p.count, inForce: p.count });

  return z.object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    meta: z.object({
      agency: p.agency,
      agencyKind: z.enum(['department', 'government']),
      year: p.year,
      website: z.optional(z.object({ name: z.string(), url: p.url })),
      contact: z.optional(
        z.object({
          unit: z.optional(z.string()),
          address: z.optional(z.string()),
          postcode: z.optional(z.string()),
          phone: z.optional(z.string()),
          fax: z.optional(z.string()),
          email: z.optional(z.string()),
        }),
      ),
      issuedOn: z.optional(p.date),
      /** 统计范围 (汇总): whose figures the report covers; absent = the agency's own. */
      scope: z.optional(z.enum(REPORT_SCOPES)),
    }),
    preface: z.optional(z.string()),
    overview: z.object({
      intro: z.string(),
      proactive: z.string(),
      requests: z.string(),
      management: z.string(),
      platforms: z.string(),
      oversight: z.string(),
    }),
    proactive: z.object({
      regulations: documents,
      normativeDocuments: documents,
      licensing: p.count,
      punishment: p.count,
      coercion: p.count,
      feesWanYuan: p.wanYuan,
    }),
    applications: z.object({
      received: applicants,
      carriedOver: applicants,
      granted: applicants,
      partlyGranted: applicants,
      denied: z.object({
        stateSecret: applicants,
        lawProhibited: applicants,
        securityStability: applicants,
        thirdParty: applicants,
        internalAffairs: applicants,
        processInfo: applicants,
        enforcementFiles: applicants,
        inquiry: applicants,
      }),
      unavailable: z.object({ notHeld: applicants, needsCreation: applicants, unclear: applicants }),
      notProcessed: z.object({
        complaint: applicants,
        repeated: applicants,
        publication: applicants,
        excessive: applicants,
        confirmation: applicants,
      }),
      otherDisposal: z.object({ noCorrection: applicants, unpaidFee: applicants, other: applicants }),
      resultsTotal: z.optional(applicants),
      carriedForward: applicants,
    }),
    review: z.object({
      reconsideration: reviewGroup,
      litigationDirect: reviewGroup,
      litigationAfterReview: reviewGroup,
    }),
    problems: z.object({ problems: z.string(), improvements: z.string() }),
    other: z.object({
      fees: z.object({ charged: p.charged, cases: p.count, amountYuan: p.yuan, note: z.optional(z.string()) }),
      workPoints: z.string(),
      proposals: z.string(),
      innovation: z.string(),
      others: z.string(),
    }),
    // What 「根据表格生成文字」 last inserted, by part (requests: 一（二）), so that pressing it again replaces it.
    inserted: z.optional(z.object({ requests: z.optional(z.string()) })),
    lastYear: z.optional(
      z.object({
        year: z.int(),
        carriedForward: applicants,
        regulationsInForce: p.count,
        normativeDocumentsInForce: p.count,
        texts: z.optional(z.object({ overview: z.optional(z.string()), problems: z.optional(z.string()), other: z.optional(z.string()) })),
        // Last year's key figures (key-figures.ts) by the cell's path; a blank cell is left out.
        keyFigures: z.optional(z.partialRecord(z.enum(KEY_FIGURE_PATHS), p.figure)),
      }),
    ),
    /** A summed report (汇总) records the reports it sums. */
    summary: z.optional(
      z.object({
        of: z.array(z.object({ agency: z.string(), year: z.nullable(z.int()), file: z.string(), sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/))) })),
      }),
    ),
  });
}

/**
 * Draft: cells may be null (not filled in yet) and any number (CELL-INVALID judges it), texts
 * may be empty, 年度 and 是否收取信息处理费 may be unanswered.
 */
export const DraftReportSchema = buildReportSchema({
  count: z.nullable(z.number()),
  wanYuan: z.nullable(z.string()),
  yuan: z.nullable(z.string()),
  year: z.nullable(z.int()),
  agency: z.string(),
  charged: z.nullable(z.boolean()),
  url: z.string(),
  date: z.string(),
  figure: z.number(),
});

/** Complete: every cell a non-negative integer or canonical amount, every answer given. */
export const ReportSchema = buildReportSchema({
  count: z.int().check(z.nonnegative(), z.lte(MAX_COUNT)),
  wanYuan: z.string().check(z.regex(decimalPattern(4))),
  yuan: z.string().check(z.regex(decimalPattern(2))),
  year: z.int().check(z.gte(FORMAT_FIRST_YEAR)),
  agency: z.string().check(z.trim(), z.minLength(1)),
  charged: z.boolean(),
  url: z.string().check(z.regex(WEB_ADDRESS)),
  date: z.iso.date(),
  figure: z.number().check(z.nonnegative()),
});

export type DraftReport = z.infer<typeof DraftReportSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Count = number | null;
export type Applicants = DraftReport['applications']['received'];
export type ReviewGroup = DraftReport['review']['reconsideration'];

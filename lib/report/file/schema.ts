// The report file (report-json.md, version 1) as zod schemas. One definition, built at two
// strictnesses: the draft form reads whatever a browser or a file holds (blank cells, empty
// texts); the complete form is what a publishable report must be.
import { z } from 'zod';
import { WEB_ADDRESS } from '../checks/meta-formats';
import { KEY_FIGURE_PATHS } from '../key-figures';
import { FORMAT_FIRST_YEAR } from '../template/sections';

export const REPORT_FORMAT = 'nianbao.report';
export const REPORT_VERSION = 1;

/** A canonical decimal string: no sign, no leading zeros, at most `places` decimals. */
export const decimalPattern = (places: number) => new RegExp(`^(0|[1-9][0-9]*)(\\.[0-9]{1,${places}})?$`);

function buildReportSchema<
  Count extends z.ZodType,
  Amount extends z.ZodType,
  Year extends z.ZodType,
  Agency extends z.ZodType,
  Charged extends z.ZodType,
  Url extends z.ZodType,
  IsoDate extends z.ZodType,
  Figure extends z.ZodType,
>(p: { count: Count; wanYuan: Amount; yuan: Amount; year: Year; agency: Agency; charged: Charged; url: Url; date: IsoDate; figure: Figure }) {
  const applicants = z.object({
    natural: p.count,
    business: p.count,
    research: p.count,
    nonprofit: p.count,
    legal: p.count,
    other: p.count,
    total: p.count.optional(),
  });
  const reviewGroup = z.object({ upheld: p.count, corrected: p.count, other: p.count, pending: p.count, total: p.count.optional() });
  const documents = z.object({ issued: p.count, repealed: p.count, inForce: p.count });

  return z.object({
    format: z.literal(REPORT_FORMAT),
    version: z.literal(REPORT_VERSION),
    meta: z.object({
      agency: p.agency,
      agencyKind: z.enum(['department', 'government']),
      year: p.year,
      website: z.object({ name: z.string(), url: p.url }).optional(),
      contact: z
        .object({
          unit: z.string().optional(),
          address: z.string().optional(),
          postcode: z.string().optional(),
          phone: z.string().optional(),
          fax: z.string().optional(),
          email: z.string().optional(),
        })
        .optional(),
      issuedOn: p.date.optional(),
    }),
    preface: z.string().optional(),
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
      resultsTotal: applicants.optional(),
      carriedForward: applicants,
    }),
    review: z.object({
      reconsideration: reviewGroup,
      litigationDirect: reviewGroup,
      litigationAfterReview: reviewGroup,
    }),
    problems: z.object({ problems: z.string(), improvements: z.string() }),
    other: z.object({
      fees: z.object({ charged: p.charged, cases: p.count, amountYuan: p.yuan, note: z.string().optional() }),
      workPoints: z.string(),
      proposals: z.string(),
      innovation: z.string(),
      others: z.string(),
    }),
    // What 「根据表格生成文字」 last inserted, by part (requests: 一（二）), so that pressing it again replaces it.
    inserted: z.object({ requests: z.string().optional() }).optional(),
    lastYear: z
      .object({
        year: z.int(),
        carriedForward: applicants,
        regulationsInForce: p.count,
        normativeDocumentsInForce: p.count,
        texts: z.object({ overview: z.string().optional(), problems: z.string().optional(), other: z.string().optional() }).optional(),
        // Last year's key figures (key-figures.ts) by the cell's path; a blank cell is left out.
        keyFigures: z.partialRecord(z.enum(KEY_FIGURE_PATHS), p.figure).optional(),
      })
      .optional(),
  });
}

/**
 * Draft: cells may be null (not filled in yet) and any number (CELL-INVALID judges it), texts
 * may be empty, 年度 and 是否收取信息处理费 may be unanswered.
 */
export const DraftReportSchema = buildReportSchema({
  count: z.number().nullable(),
  wanYuan: z.string().nullable(),
  yuan: z.string().nullable(),
  year: z.int().nullable(),
  agency: z.string(),
  charged: z.boolean().nullable(),
  url: z.string(),
  date: z.string(),
  figure: z.number(),
});

/** Complete: every cell a non-negative integer or canonical amount, every answer given. */
export const ReportSchema = buildReportSchema({
  count: z.int().nonnegative(),
  wanYuan: z.string().regex(decimalPattern(4)),
  yuan: z.string().regex(decimalPattern(2)),
  year: z.int().min(FORMAT_FIRST_YEAR),
  agency: z.string().trim().min(1),
  charged: z.boolean(),
  url: z.string().regex(WEB_ADDRESS),
  date: z.iso.date(),
  figure: z.number().nonnegative(),
});

export type DraftReport = z.infer<typeof DraftReportSchema>;
export type Report = z.infer<typeof ReportSchema>;
export type Count = number | null;
export type Applicants = DraftReport['applications']['received'];
export type ReviewGroup = DraftReport['review']['reconsideration'];

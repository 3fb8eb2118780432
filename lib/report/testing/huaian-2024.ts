// The tables of a real busy report: 淮安市 2024 (fixtures/published/005_huaian-2024.pdf, 表三 and
// 表四 transcribed from its pages 4–5), on the rest of the busy fixture. Test helper.
import { ReportSchema, type Applicants, type Report } from '../file/schema';
import { busyReport } from './sample-reports';

type Six = readonly [number, number, number, number, number, number];
const a = ([natural, business, research, nonprofit, legal, other]: Six): Applicants => ({ natural, business, research, nonprofit, legal, other });
const one = (natural: number): Applicants => a([natural, 0, 0, 0, 0, 0]);

export function huaian2024(): Report {
  const base = busyReport();
  return ReportSchema.parse({
    ...base,
    meta: { ...base.meta, agency: '淮安市人民政府', agencyKind: 'government', year: 2024 },
    applications: {
      received: a([3001, 53, 0, 0, 61, 4]),
      carriedOver: one(34),
      granted: a([1288, 21, 0, 0, 50, 3]),
      partlyGranted: a([447, 7, 0, 0, 0, 0]),
      denied: {
        stateSecret: one(2),
        lawProhibited: a([30, 1, 0, 0, 0, 0]),
        securityStability: one(5),
        thirdParty: one(6),
        internalAffairs: a([7, 1, 0, 0, 0, 0]),
        processInfo: one(12),
        enforcementFiles: one(9),
        inquiry: one(105),
      },
      unavailable: { notHeld: a([746, 12, 0, 0, 10, 1]), needsCreation: one(11), unclear: one(1) },
      notProcessed: { complaint: a([56, 6, 0, 0, 0, 0]), repeated: one(25), publication: one(0), excessive: one(0), confirmation: one(1) },
      otherDisposal: { noCorrection: a([67, 3, 0, 0, 1, 0]), unpaidFee: one(6), other: a([108, 2, 0, 0, 0, 0]) },
      carriedForward: one(103),
    },
    review: {
      reconsideration: { upheld: 72, corrected: 64, other: 178, pending: 37 },
      litigationDirect: { upheld: 13, corrected: 4, other: 8, pending: 1 },
      litigationAfterReview: { upheld: 12, corrected: 1, other: 1, pending: 6 },
    },
    lastYear: undefined,
  });
}

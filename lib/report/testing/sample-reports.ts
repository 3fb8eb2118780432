// A busy agency's complete, consistent report with non-zero numbers in every table: the fixture
// of the unit tests, the e2e tests and the benchmark.
import { ReportSchema, type Applicants, type Report } from '../file/schema';

type Six = readonly [number, number, number, number, number, number];
const a = ([natural, business, research, nonprofit, legal, other]: Six): Applicants => ({ natural, business, research, nonprofit, legal, other });
const zero: Six = [0, 0, 0, 0, 0, 0];

/** Column sums: 一 54 + 二 5 = （七） 52 + 四 7, and so in each of the seven columns. */
export function busyReport(): Report {
  return ReportSchema.parse({
    format: 'nianbao.report',
    version: 1,
    meta: {
      agency: '某某市自然资源局',
      agencyKind: 'department',
      year: 2025,
      website: { name: '某某市人民政府门户网站', url: 'https://www.example.gov.cn/' },
      contact: { unit: '某某市自然资源局办公室', address: '某某市人民路1号', postcode: '750001', phone: '0951-1234567', fax: '0951-1234568', email: 'gk@example.gov.cn' },
      issuedOn: '2026-01-16',
    },
    overview: {
      intro: '2025年，某某市自然资源局坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》。',
      proactive: '全年主动公开政府信息1268条，制发规章1件，制发行政规范性文件8件，废止3件。',
      requests: '本年度共收到政府信息公开申请54件，上年结转5件，均在法定期限内答复，结转下年度继续办理7件。',
      management: '严格落实公开前保密审查，动态更新政府信息公开指南和目录。',
      platforms: '优化政府网站信息公开专栏，新增不动产登记、土地征收等栏目。',
      oversight: '因政府信息公开工作被申请行政复议4件，被提起行政诉讼3件。将政务公开纳入年度绩效考核。',
    },
    proactive: {
      regulations: { issued: 1, repealed: 0, inForce: 12 },
      normativeDocuments: { issued: 8, repealed: 3, inForce: 45 },
      licensing: 326,
      punishment: 57,
      coercion: 4,
      feesWanYuan: '12.3456',
    },
    applications: {
      received: a([40, 6, 2, 1, 4, 1]),
      carriedOver: a([3, 1, 0, 0, 1, 0]),
      granted: a([15, 3, 1, 1, 2, 0]),
      partlyGranted: a([5, 1, 0, 0, 1, 0]),
      denied: {
        stateSecret: a([1, 0, 0, 0, 0, 0]),
        lawProhibited: a([1, 0, 0, 0, 0, 0]),
        securityStability: a([1, 0, 0, 0, 0, 0]),
        thirdParty: a([2, 1, 0, 0, 0, 0]),
        internalAffairs: a([1, 0, 0, 0, 0, 0]),
        processInfo: a([2, 0, 1, 0, 0, 0]),
        enforcementFiles: a([1, 0, 0, 0, 0, 0]),
        inquiry: a([1, 0, 0, 0, 0, 0]),
      },
      unavailable: { notHeld: a([4, 1, 0, 0, 0, 0]), needsCreation: a([1, 0, 0, 0, 0, 0]), unclear: a([1, 0, 0, 0, 0, 0]) },
      notProcessed: {
        complaint: a([1, 0, 0, 0, 0, 0]),
        repeated: a([1, 0, 0, 0, 1, 0]),
        publication: a(zero),
        excessive: a(zero),
        confirmation: a(zero),
      },
      otherDisposal: { noCorrection: a([1, 0, 0, 0, 0, 0]), unpaidFee: a(zero), other: a(zero) },
      carriedForward: a([4, 1, 0, 0, 1, 1]),
    },
    review: {
      reconsideration: { upheld: 2, corrected: 1, other: 0, pending: 1 },
      litigationDirect: { upheld: 1, corrected: 0, other: 0, pending: 1 },
      litigationAfterReview: { upheld: 0, corrected: 1, other: 0, pending: 0 },
    },
    problems: {
      problems: '一是部分栏目更新不够及时；二是政策解读形式较为单一。',
      improvements: '针对上年指出的问题，已建立栏目更新提醒机制，下一步将增加图解、视频等解读形式。',
    },
    other: {
      fees: { charged: false, cases: 0, amountYuan: '0' },
      workPoints: '按照上级年度政务公开工作要点，逐项细化落实措施。',
      proposals: '办理人大代表建议12件、政协提案9件，办理结果全部公开。',
      innovation: '',
      others: '',
    },
    lastYear: {
      year: 2024,
      carriedForward: a([3, 1, 0, 0, 1, 0]),
      regulationsInForce: 11,
      normativeDocumentsInForce: 40,
      texts: {
        overview: '2024年，本局围绕中心工作推进政务公开，重点做好规划、用地等领域信息发布，公开质量有所提高。',
        problems: '公开内容的系统性有待加强，基层工作人员业务能力需进一步提升。',
      },
    },
  });
}

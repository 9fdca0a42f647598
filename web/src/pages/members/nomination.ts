import type {
  Declaration,
  MemberCategory,
  MemberKind,
  Recommender,
} from '../../__generated__/NominatePageSubmitMutation.graphql';

// The choices a nomination form offers each kind, as the notice lists them (the server
// refuses any other).

/** What each kind of member must be, in the notice's words (三(一)2, 三(二)1). */
export const CONDITIONS: Record<MemberKind, string[]> = {
  SUPERVISOR: [
    '政治素质高：遵守宪法和法律，无违法、违规和违纪等不良记录，具有一定的代表性和社会影响力。',
    '社会责任感强：关心支持优化营商环境建设工作，愿意承担监督员职责，善于发现问题，主动提出意见建议。',
    '个人素养好：熟悉营商环境政策法规，为人正直、诚实守信、公道正派、清正廉洁。',
    '身体状况优：年龄不超过 60 周岁，具备开展监督工作的身体条件。',
    '受到党纪、政务处分，刑事处罚，纳入失信人黑名单的，不得选聘。监督员为义务监督，不享受任何报酬。',
  ],
  MONITORING_POINT: [
    '依法经营、照章纳税、具有良好社会声誉的企业、个体工商户和第三方机构；',
    '为企业、群众提供政务服务的办事大厅、便民中心；',
    '依法履职、主动服务、公正自律的行业商会协会。',
    '监测点明确专人担任联络员，如实记录监测情况，定期向县优化办报告。',
  ],
};

export const CATEGORIES: Record<MemberKind, MemberCategory[]> = {
  SUPERVISOR: [
    'ENTERPRISE_REPRESENTATIVE',
    'ASSOCIATION_REPRESENTATIVE',
    'INDIVIDUAL_BUSINESS_REPRESENTATIVE',
    'OVERSIGHT_REPRESENTATIVE',
    'SOCIAL_REPRESENTATIVE',
  ],
  MONITORING_POINT: [
    'PARK_KEY_ENTERPRISE',
    'TOWNSHIP_ENTERPRISE',
    'INDIVIDUAL_BUSINESS',
    'GOVERNMENT_SERVICE_VENUE',
    'INDUSTRY_ASSOCIATION',
    'THIRD_PARTY_INSTITUTION',
  ],
};

export const DECLARATIONS: Record<MemberKind, Declaration[]> = {
  SUPERVISOR: ['NO_DISCIPLINARY_SANCTION', 'NO_CRIMINAL_PENALTY', 'NOT_ON_DISHONEST_LIST'],
  MONITORING_POINT: ['LAWFUL_OPERATION', 'TAX_COMPLIANCE', 'GOOD_REPUTATION'],
};

/** Who may recommend each kind besides the nominee itself (三(一)2, 三(二)1). */
export const RECOMMENDERS: Record<MemberKind, Recommender[]> = {
  SUPERVISOR: [
    'NPC',
    'CPPCC',
    'PARTY_GOVERNMENT_ORGAN',
    'ENTERPRISE_INSTITUTION',
    'MASS_ORGANISATION',
    'DEMOCRATIC_PARTY',
    'SELF_NOMINATED',
  ],
  MONITORING_POINT: ['SOCIETY', 'SELF_NOMINATED'],
};

/** The server's refusal of a field, in the nominee's words. */
export const FIELD_MESSAGES: Record<string, string> = {
  idNumber: '身份证号码有误，请核对。',
  creditCode: '统一社会信用代码有误，请核对。',
  phone: '联系电话有误，请核对。',
  email: '电子邮箱有误，请核对。',
  name: '请填写名称（不超过 200 字）。',
  attachments: '材料只接受图片、PDF 和 Office 文档，总大小不超过 50 MB。',
};

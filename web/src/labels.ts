/** The programme's words for the server's enum values, as a clerk reads them. */

export const ROLE: Record<string, string> = {
  PLATFORM_ADMIN: '平台管理员',
  OFFICE: '县优化办',
  LEADING_GROUP: '领导小组',
  REVIEWER: '初审单位',
  UNIT_HANDLER: '责任单位',
  DISCIPLINE: '纪委监委',
  SUPERVISOR: '监督员',
  LIAISON: '监测点联络员',
};

export const UNIT_KIND: Record<string, string> = {
  OFFICE: '县优化办',
  REVIEWER: '初审单位',
  DEPARTMENT: '县直部门',
  TOWNSHIP: '乡镇',
  JUDICIAL_ORGAN: '司法机关',
  PUBLIC_INSTITUTION: '事业单位',
  DISCIPLINE_COMMISSION: '纪委监委',
};

export const REPORT_KIND: Record<string, string> = {
  PROBLEM: '问题反映',
  SUGGESTION: '意见建议',
  MONITORING_RECORD: '监测记录',
  OBSTRUCTION: '拒绝监督、打击报复',
};

export const REPORT_STATUS: Record<string, string> = {
  SUBMITTED: '待受理',
  ACCEPTED: '已受理',
  NOT_ACCEPTED: '不予受理',
  MERGED: '已合并',
  IN_HANDLING: '办理中',
  HANDLED: '已办结',
  FEEDBACK_GIVEN: '已反馈',
  CLOSED: '已关闭',
};

export const AREA: Record<string, string> = {
  POLICY_DELIVERY: '政策落实',
  FAIR_COMPETITION: '公平竞争',
  GOVERNMENT_SERVICES: '政务服务',
  REGULATORY_ENFORCEMENT: '监管执法',
  JUDICIAL_FAIRNESS: '司法公正',
  KEEPING_PROMISES: '守信践诺',
  FACTOR_SUPPLY: '要素保障',
  GOVERNMENT_BUSINESS_RELATIONS: '政商关系',
};

export const BEHAVIOUR: Record<string, string> = {
  INSPECTION: '检查',
  APPROVAL: '审批',
  FEES: '收费',
  PENALTY: '处罚',
  SERVICE: '服务',
  GUARANTEE: '保障',
};

export const SLIP_STATUS: Record<string, string> = {
  ISSUED: '已交办',
  SIGNED: '已签收',
  REPLIED: '已回复待核实',
  VERIFIED: '已核实办结',
  RETURNED: '已退回重办',
  HANDED_BACK: '已退回优化办',
};

export const SLIP_MODE: Record<string, string> = {
  FORWARD: '转办',
  ASSIGN: '交办',
  SUPERVISE: '督办',
};

export const REFERRAL_STATUS: Record<string, string> = {
  QUEUED: '待受理',
  ACCEPTED: '已受理（初核）',
  INVESTIGATING: '立案调查中',
  CONCLUDED: '已办结',
  RETURNED: '已退回',
};

export const RATING: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

export const CHANNEL: Record<string, string> = {
  TEXT: '文字记录',
  AUDIO_VIDEO: '音像实录',
  WECHAT: '微信',
  ON_SITE: '现场',
};

/** The label of a value, or the value itself if this list does not know it. */
export function label(labels: Record<string, string>, value: string | null | undefined): string {
  if (value == null) return '';
  return labels[value] ?? value;
}

/** `YYYY-MM-DD HH:mm` in the browser's time zone (the county's, in practice). */
export function dateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The quarter a day falls in, as the API writes it (`2026Q4`). */
export function quarterOf(day: Date): string {
  return `${day.getFullYear()}Q${Math.floor(day.getMonth() / 3) + 1}`;
}

/** A step in a record's history (`RecordStep.action`). */
export const STEP: Record<string, string> = {
  submitReport: '提交线索',
  acceptReport: '受理',
  rejectReport: '不予受理',
  mergeReport: '合并',
  markSuggestionValuable: '认定为有价值建议',
  giveFeedback: '反馈反映人',
  reopenReport: '重新办理',
  closeReport: '办结关闭',
  rateHandling: '反映人评价',
  issueAssignment: '印发交办单',
  signAssignment: '责任单位签收',
  replyAssignment: '责任单位回复',
  handBackAssignment: '责任单位退回优化办',
  verifyAssignment: '优化办核实办结',
  returnAssignment: '优化办退回重办',
  reassignAssignment: '改派',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  urgeAssignment: '督办（超期提醒）',
  escalateOverdue: '逾期自动移送纪委监委',
  createReferral: '移送纪委监委',
  acceptReferral: '纪委监委受理',
  concludeReferral: '纪委监委办结',
  returnReferral: '纪委监委退回',
  requestUnmasking: '申请查看反映人身份',
  decideUnmasking: '审批查看反映人身份',
};

/** A step of a report's handling as its reporter is told it. */
export const REPORTER_STEP: Record<string, string> = {
  submitReport: '提交反映',
  acceptReport: '县优化办受理',
  rejectReport: '不予受理',
  mergeReport: '与同类反映合并办理',
  markSuggestionValuable: '被评为有价值建议',
  issueAssignment: '交办责任单位办理',
  signAssignment: '责任单位签收',
  replyAssignment: '责任单位回复办理结果',
  returnAssignment: '县优化办退回责任单位重新办理',
  verifyAssignment: '县优化办核实办理结果',
  giveFeedback: '县优化办反馈办理情况',
  rateHandling: '您评价了办理情况',
  reopenReport: '根据您的评价重新办理',
  closeReport: '办结',
};

export const MEETING_KIND: Record<string, string> = {
  JOINT_MEETING: '联席会议',
  SPECIAL_SUPERVISION: '专项监督活动',
  EVALUATION: '评议活动',
  RESEARCH: '调研活动',
  SYMPOSIUM: '座谈会',
  INSPECTION: '视察活动',
  TRAINING: '培训',
};

export const MEETING_STATUS: Record<string, string> = {
  DRAFT: '草稿',
  ANNOUNCED: '已通知',
  HELD: '已召开',
  CLOSED: '已结束',
  CANCELLED: '已取消',
};

export const INVITATION_STATUS: Record<string, string> = {
  APPLIED: '已申请，待确认',
  INVITED: '待回复',
  ACCEPTED: '确认参加',
  DECLINED: '已请假',
  REFUSED: '未获同意',
};

export const ATTENDANCE: Record<string, string> = {
  ATTENDED: '出席',
  EXCUSED: '请假',
  ABSENT: '缺席',
};

export const SATISFACTION: Record<string, string> = {
  VERY_SATISFIED: '非常满意',
  SATISFIED: '满意',
  FAIRLY_SATISFIED: '基本满意',
  DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意',
};

export const OPINION_DECISION: Record<string, string> = {
  ADOPTED: '采纳',
  PARTLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '未采纳',
};

/** The notice's words: 质询 and 查阅文件资料 (三(二)5). */
export const INQUIRY_KIND: Record<string, string> = {
  INQUIRY: '质询',
  DOCUMENT_REQUEST: '查阅文件资料',
};

export const MEMBER_KIND: Record<string, string> = {
  SUPERVISOR: '监督员',
  MONITORING_POINT: '监测点',
};

export const MEMBER_STATUS: Record<string, string> = {
  NOMINATED: '待县优化办审核',
  INITIAL_REVIEW: '初审中',
  SECOND_REVIEW: '待县优化办复审',
  FINAL_REVIEW: '待领导小组审定',
  APPROVED: '已审定',
  TRAINED: '已培训',
  ACTIVE: '在聘',
  RETURNED: '已退回',
  REJECTED: '未通过',
  EXPIRED: '聘期届满',
  WITHDRAWN: '已撤回',
  REMOVED: '已解聘',
  DISQUALIFIED: '已取消资格',
};

export const MEMBER_CATEGORY: Record<string, string> = {
  ENTERPRISE_REPRESENTATIVE: '企业代表',
  ASSOCIATION_REPRESENTATIVE: '行业协会商会代表',
  INDIVIDUAL_BUSINESS_REPRESENTATIVE: '个体工商户代表',
  OVERSIGHT_REPRESENTATIVE: '监督代表（党代表、人大代表、政协委员）',
  SOCIAL_REPRESENTATIVE: '社会代表（专家学者、知名人士）',
  PARK_KEY_ENTERPRISE: '园区重点企业',
  TOWNSHIP_ENTERPRISE: '乡镇属地企业',
  INDIVIDUAL_BUSINESS: '个体工商户',
  GOVERNMENT_SERVICE_VENUE: '政务服务场所',
  INDUSTRY_ASSOCIATION: '行业商会协会',
  THIRD_PARTY_INSTITUTION: '第三方机构',
};

export const RECOMMENDER: Record<string, string> = {
  SELF_NOMINATED: '自荐',
  NPC: '人大推荐',
  CPPCC: '政协推荐',
  PARTY_GOVERNMENT_ORGAN: '党政机关推荐',
  ENTERPRISE_INSTITUTION: '企事业单位推荐',
  MASS_ORGANISATION: '群团组织推荐',
  DEMOCRATIC_PARTY: '民主党派推荐',
  SOCIETY: '社会组织推荐',
};

/** What a nominee declares, in the notice's words. */
export const DECLARATION: Record<string, string> = {
  NO_DISCIPLINARY_SANCTION: '未受到党纪、政务处分',
  NO_CRIMINAL_PENALTY: '未受到刑事处罚',
  NOT_ON_DISHONEST_LIST: '未纳入失信人黑名单',
  LAWFUL_OPERATION: '依法经营',
  TAX_COMPLIANCE: '照章纳税',
  GOOD_REPUTATION: '具有良好社会声誉',
};

/** Why a member leaves (the notice's dynamic exit, 三(一)4). */
export const EXIT_REASON: Record<string, string> = {
  INACTIVE: '半年内未履职',
  ABSENCES: '无故缺席活动两次以上',
  MISCONDUCT: '违规违纪',
  RESIGNED: '本人申请退出',
  TERM_ENDED: '聘期届满',
};

/** What the office may do to a supervisor who breaks the rules (五、工作要求). */
export const SANCTION: Record<string, string> = {
  CRITICISM: '批评教育',
  WARNING: '告诫',
  REMOVAL: '除名',
};

/** The notice's conditions a reviewer checks. */
export const ELIGIBILITY_RULE: Record<string, string> = {
  ID_NUMBER: '身份证号码有效',
  AGE: '年龄不超过 60 周岁',
  DECLARATIONS: '承诺事项齐全',
  CREDIT_CODE: '统一社会信用代码有效',
};

export const DECISION: Record<string, string> = {
  APPROVE: '通过',
  RETURN: '退回补正',
  REJECT: '不予通过',
};

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

export const REPORT_KIND: Record<string, string> = {
  PROBLEM: '问题反映',
  SUGGESTION: '意见建议',
  MONITORING_RECORD: '监测记录',
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
  ACCEPTED: '已受理',
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

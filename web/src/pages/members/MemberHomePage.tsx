import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Link } from 'react-router';
import type { MemberHomePageQuery } from '../../__generated__/MemberHomePageQuery.graphql';
import { MEMBER_KIND, MEMBER_STATUS, label, quarterOf } from '../../labels';
import { QuotaRing } from './QuotaRing';

/** The last day of the quarter `2026Q4` names. */
function quarterEnd(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const month = Number(quarter.slice(5)) * 3;
  const last = new Date(year, month, 0).getDate();
  return `${year}-${String(month).padStart(2, '0')}-${last}`;
}

/** A supervisor's or a point's home: this quarter against the notice's quotas, what waits
 * for an answer, the term. */
export function MemberHomePage() {
  const quarter = quarterOf(new Date());
  const { viewer } = useLazyLoadQuery<MemberHomePageQuery>(
    graphql`
      query MemberHomePageQuery($quarter: String!) {
        viewer {
          member {
            name
            kind
            status
            certificateNumber
            plaqueNumber
            termEndsOn
            compliance(quarter: $quarter) {
              problemReports
              valuableSuggestions
              problemQuota
              suggestionQuota
              problemQuotaMet
              suggestionQuotaMet
            }
            awaiting {
              reportsToRate
              invitations
              consultations
              surveys
            }
          }
        }
      }
    `,
    { quarter },
    { fetchPolicy: 'store-and-network' },
  );
  const member = viewer?.member;
  if (!member) return null;
  const { compliance: c, awaiting } = member;
  const point = member.kind === 'MONITORING_POINT';
  const problemsLeft = Math.max(c.problemQuota - c.problemReports, 0);
  const suggestionsLeft = Math.max(c.suggestionQuota - c.valuableSuggestions, 0);
  const waiting = [
    { title: '待评价的办理结果', count: awaiting.reportsToRate, to: '/me/reports?toRate=1' },
    { title: '会议和活动邀请', count: awaiting.invitations, to: '/me/meetings' },
    { title: '征求意见', count: awaiting.consultations, to: '/me/consultations' },
    { title: '满意度测评', count: awaiting.surveys, to: '/me/surveys' },
  ].filter((item) => !point || item.to !== '/me/consultations');

  return (
    <>
      <h1 className="member-title">您好，{member.name}</h1>
      {member.status !== 'ACTIVE' && (
        <p className="member-banner warning">
          您的{label(MEMBER_KIND, member.kind)}身份当前为“{label(MEMBER_STATUS, member.status)}”，暂不能提交反映。
        </p>
      )}
      <section className="member-card" aria-labelledby="quota">
        <h2 id="quota">{quarter.replace('Q', '年第')}季度任务</h2>
        <div className="member-quota">
          <QuotaRing done={c.problemReports} quota={c.problemQuota} label="本季度问题反映" />
          <QuotaRing done={c.valuableSuggestions} quota={c.suggestionQuota} label="本年度有价值建议" />
        </div>
        <p className="member-note" style={{ marginTop: 12 }}>
          {c.problemQuotaMet
            ? `本季度已反映问题 ${c.problemReports} 条，季度任务已完成。`
            : `本季度还需反映问题 ${problemsLeft} 条（截至 ${quarterEnd(quarter)}）。`}
          {c.suggestionQuotaMet
            ? `今年已有 ${c.valuableSuggestions} 条建议被评为有价值建议，年度任务已完成。`
            : `今年已有 ${c.valuableSuggestions} 条有价值建议，还需 ${suggestionsLeft} 条。`}
        </p>
        <Link className="member-button primary block" to="/me/report">
          {point ? '报送监测情况' : '反映问题或提出建议'}
        </Link>
      </section>
      <section className="member-card" aria-labelledby="waiting">
        <h2 id="waiting">待我处理</h2>
        <ul className="member-list">
          {waiting.map((item) => (
            <li key={item.to}>
              <Link to={item.to}>
                <span>{item.title}</span>
                <span className={`member-count${item.count ? ' due' : ''}`}>{item.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="member-card" aria-labelledby="term">
        <h2 id="term">{point ? '监测点' : '监督员'}聘期</h2>
        <ul className="member-list">
          <li className="member-row">
            <span>{point ? '牌匾编号' : '监督员证编号'}</span>
            <span>{(point ? member.plaqueNumber : member.certificateNumber) ?? '尚未颁发'}</span>
          </li>
          <li className="member-row">
            <span>聘期至</span>
            <span>{member.termEndsOn ?? '—'}</span>
          </li>
        </ul>
      </section>
    </>
  );
}

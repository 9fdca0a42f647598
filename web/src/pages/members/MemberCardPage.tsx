import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { MemberCardPageQuery } from '../../__generated__/MemberCardPageQuery.graphql';
import { MEMBER_CATEGORY, label } from '../../labels';

/** A supervisor's certificate (监督员证), which the notice has them carry when they
 * supervise, or a monitoring point's plaque number: shown on the phone, printable. */
export function MemberCardPage() {
  const { viewer } = useLazyLoadQuery<MemberCardPageQuery>(
    graphql`
      query MemberCardPageQuery {
        viewer {
          region {
            name
          }
          member {
            name
            kind
            category
            affiliation
            position
            certificateNumber
            plaqueNumber
            termStartsOn
            termEndsOn
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const member = viewer?.member;
  if (!member) return null;
  const point = member.kind === 'MONITORING_POINT';
  const number = point ? member.plaqueNumber : member.certificateNumber;
  const office = `${viewer?.region?.name ?? ''}优化办`;
  return (
    <>
      <h1 className="member-title no-print">{point ? '监测点牌匾' : '监督员证'}</h1>
      {!number && <p className="member-banner warning">{point ? '牌匾' : '证书'}尚未颁发。</p>}
      <section className="member-certificate" aria-label={point ? '营商环境监测点' : '营商环境监督员证'}>
        <p className="member-certificate-title">{point ? '营商环境监测点' : '营商环境监督员证'}</p>
        <dl>
          <dt>{point ? '名称' : '姓名'}</dt>
          <dd>{member.name}</dd>
          {!point && (
            <>
              <dt>类别</dt>
              <dd>{label(MEMBER_CATEGORY, member.category)}</dd>
            </>
          )}
          {member.affiliation && (
            <>
              <dt>单位</dt>
              <dd>
                {member.affiliation}
                {member.position && ` ${member.position}`}
              </dd>
            </>
          )}
          <dt>编号</dt>
          <dd>{number ?? '—'}</dd>
          <dt>聘期</dt>
          <dd>
            {member.termStartsOn ?? '—'} 至 {member.termEndsOn ?? '—'}
          </dd>
        </dl>
        <p className="member-certificate-issuer">{office}</p>
      </section>
      <p className="member-note no-print">
        {point
          ? '请将牌匾悬挂在显著位置。'
          : '开展监督时请出示本证，相关单位应自觉接受、支持配合、认真答复。监督员对司法、执法、执纪案件没有调查权、检查权、处理权。'}
      </p>
      <button type="button" className="member-button block no-print" onClick={() => window.print()}>
        打印
      </button>
    </>
  );
}

import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { MemberCardPageQuery } from '../../__generated__/MemberCardPageQuery.graphql';
import { Certificate } from '../../components/Certificate';

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
            kind
            certificateNumber
            plaqueNumber
            ...Certificate_member
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
  return (
    <>
      <h1 className="member-title no-print">{point ? '监测点牌匾' : '监督员证'}</h1>
      {!number && <p className="member-banner warning">{point ? '牌匾' : '证书'}尚未颁发。</p>}
      <Certificate member={member} issuer={`${viewer?.region?.name ?? ''}优化营商环境工作领导小组办公室`} />
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

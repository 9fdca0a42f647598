import { graphql, useFragment } from 'react-relay/hooks';
import type { Certificate_member$key } from '../__generated__/Certificate_member.graphql';
import { MEMBER_CATEGORY, label } from '../labels';
import './certificate.css';

/** A supervisor's certificate (监督员证) or a monitoring point's plaque, as the member shows
 * it and as the office prints it. */
export function Certificate({ member, issuer }: { member: Certificate_member$key; issuer: string }) {
  const m = useFragment(
    graphql`
      fragment Certificate_member on Member {
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
    `,
    member,
  );
  const point = m.kind === 'MONITORING_POINT';
  const title = point ? '营商环境监测点' : '营商环境监督员证';
  return (
    <section className="member-certificate" aria-label={title}>
      <p className="member-certificate-title">{title}</p>
      <dl>
        <dt>{point ? '名称' : '姓名'}</dt>
        <dd>{m.name}</dd>
        {!point && (
          <>
            <dt>类别</dt>
            <dd>{label(MEMBER_CATEGORY, m.category)}</dd>
          </>
        )}
        {m.affiliation && (
          <>
            <dt>单位</dt>
            <dd>
              {m.affiliation}
              {m.position && ` ${m.position}`}
            </dd>
          </>
        )}
        <dt>编号</dt>
        <dd>{(point ? m.plaqueNumber : m.certificateNumber) ?? '—'}</dd>
        <dt>聘期</dt>
        <dd>
          {m.termStartsOn ?? '—'} 至 {m.termEndsOn ?? '—'}
        </dd>
      </dl>
      <p className="member-certificate-issuer">{issuer}</p>
    </section>
  );
}

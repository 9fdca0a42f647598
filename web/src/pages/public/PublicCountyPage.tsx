import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Link, useParams } from 'react-router';
import type { PublicCountyPageQuery } from '../../__generated__/PublicCountyPageQuery.graphql';
import { MEMBER_CATEGORY, dateTime, label } from '../../labels';

/** A county's public page: its published monitoring points and supervisors, the units it
 * commended, and the way to nominate oneself. */
export function PublicCountyPage() {
  const { code = '' } = useParams();
  const data = useLazyLoadQuery<PublicCountyPageQuery>(
    graphql`
      query PublicCountyPageQuery($code: String!) {
        publishedRegions {
          code
          name
        }
        publishedMembers(regionCode: $code) {
          kind
          name
          category
          affiliation
          termEndsOn
        }
        publishedCommendations(regionCode: $code) {
          id
          unitName
          reason
          quarter
          commendedAt
        }
      }
    `,
    { code },
  );
  const region = data.publishedRegions.find((r) => r.code === code);
  if (!region) return <p className="member-card member-note">没有找到该县（市、区）的公开信息。</p>;
  const points = data.publishedMembers.filter((m) => m.kind === 'MONITORING_POINT');
  const supervisors = data.publishedMembers.filter((m) => m.kind === 'SUPERVISOR');
  return (
    <>
      <h1 className="member-title">{region.name}营商环境监测点、监督员</h1>
      <section className="member-card">
        <p className="member-note">
          营商环境监测点、监督员由社会各界推荐或自荐，经审核、审定后发布，聘期两年，为义务监督。
        </p>
        <div className="member-buttons">
          <Link className="member-button primary" to={`/public/${code}/nominate`}>
            我要自荐
          </Link>
          <Link className="member-button" to="/public/status">
            查询自荐进度
          </Link>
        </div>
      </section>
      <MemberList title={`营商环境监测点（${points.length} 个）`} members={points} />
      <MemberList title={`营商环境监督员（${supervisors.length} 名）`} members={supervisors} />
      <section className="member-card" aria-labelledby="commended">
        <h2 id="commended">通报表扬</h2>
        {data.publishedCommendations.length === 0 ? (
          <p className="member-note">暂无。</p>
        ) : (
          <ul className="member-list">
            {data.publishedCommendations.map((c) => (
              <li key={c.id} className="member-row">
                <span>
                  <strong>{c.unitName}</strong>
                  <br />
                  {c.reason}
                  <br />
                  <span className="member-muted">{c.quarter ?? dateTime(c.commendedAt).slice(0, 10)}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

type Listed = {
  name: string;
  category: string;
  affiliation: string | null | undefined;
  termEndsOn: string | null | undefined;
};

function MemberList({ title, members }: { title: string; members: readonly Listed[] }) {
  return (
    <section className="member-card" aria-label={title}>
      <h2>{title}</h2>
      {members.length === 0 ? (
        <p className="member-note">暂无。</p>
      ) : (
        <ul className="member-list">
          {members.map((member, i) => (
            <li key={`${member.name}-${i}`} className="member-row">
              <span>
                {member.name}
                <br />
                <span className="member-muted">
                  {[
                    member.affiliation,
                    label(MEMBER_CATEGORY, member.category),
                    member.termEndsOn && `聘期至 ${member.termEndsOn}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Link, Navigate } from 'react-router';
import type { PublicRegionsPageQuery } from '../../__generated__/PublicRegionsPageQuery.graphql';

/** The counties that run the programme; with only one, its page at once. */
export function PublicRegionsPage() {
  const { publishedRegions } = useLazyLoadQuery<PublicRegionsPageQuery>(
    graphql`
      query PublicRegionsPageQuery {
        publishedRegions {
          code
          name
        }
      }
    `,
    {},
  );
  if (publishedRegions.length === 1) return <Navigate replace to={`/public/${publishedRegions[0].code}`} />;
  return (
    <>
      <h1 className="member-title">营商环境监测点、监督员公开信息</h1>
      <section className="member-card">
        <ul className="member-list">
          {publishedRegions.map((region) => (
            <li key={region.code}>
              <Link to={`/public/${region.code}`}>
                <span>{region.name}</span>
                <span aria-hidden="true">›</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="member-note">
          <Link to="/public/status">查询自荐审核进度</Link>
        </p>
      </section>
    </>
  );
}

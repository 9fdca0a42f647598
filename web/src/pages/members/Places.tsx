import { Card, Col, Progress, Row } from 'antd';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { PlacesQuery } from '../../__generated__/PlacesQuery.graphql';

/** The county's places against its quotas; beyond them, final approval needs the leading
 * group's override and its reason. */
export function Places({ fetchKey }: { fetchKey: number }) {
  const { membershipPlaces } = useLazyLoadQuery<PlacesQuery>(
    graphql`
      query PlacesQuery {
        membershipPlaces {
          kind
          quota
          filled
        }
      }
    `,
    {},
    { fetchKey, fetchPolicy: fetchKey ? 'network-only' : 'store-and-network' },
  );
  return (
    <Row gutter={12} style={{ marginBottom: 12 }}>
      {membershipPlaces.map((p) => {
        const name = p.kind === 'SUPERVISOR' ? '监督员名额' : '监测点名额';
        const full = p.filled >= p.quota;
        return (
          <Col key={p.kind} xs={24} md={12}>
            <Card size="small">
              <div style={{ display: 'flex', justifyContent: 'space-between' }}>
                <span>{name}</span>
                <strong>
                  已用 {p.filled} / {p.quota}
                  {full && '（已满，超出须经领导小组同意并说明理由）'}
                </strong>
              </div>
              <Progress
                percent={Math.min(100, Math.round((p.filled / Math.max(1, p.quota)) * 100))}
                showInfo={false}
                status={full ? 'exception' : 'normal'}
                aria-label={`${name}已用 ${p.filled} / ${p.quota}`}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

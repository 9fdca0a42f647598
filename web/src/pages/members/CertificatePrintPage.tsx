import { Button, Spin } from 'antd';
import { Suspense } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { useParams } from 'react-router';
import type { CertificatePrintPageQuery } from '../../__generated__/CertificatePrintPageQuery.graphql';
import { Certificate } from '../../components/Certificate';

/** A supervisor's certificate or a point's plaque, printed by the office from the browser. */
export function CertificatePrintPage() {
  return (
    <Suspense fallback={<Spin />}>
      <CertificateSheet />
    </Suspense>
  );
}

function CertificateSheet() {
  const { id = '' } = useParams();
  const { node, viewer } = useLazyLoadQuery<CertificatePrintPageQuery>(
    graphql`
      query CertificatePrintPageQuery($id: ID!) {
        viewer {
          region {
            name
          }
        }
        node(id: $id) {
          ... on Member @alias(as: "member") {
            ...Certificate_member
          }
        }
      }
    `,
    { id },
  );
  if (!node.member) return null;
  return (
    <main style={{ maxWidth: 420, margin: '0 auto', padding: 16 }}>
      <div className="no-print" style={{ marginBottom: 16, textAlign: 'center' }}>
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <Certificate member={node.member} issuer={`${viewer?.region?.name ?? ''}优化营商环境工作领导小组办公室`} />
    </main>
  );
}

import { Button, Spin } from 'antd';
import { Suspense } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { useParams } from 'react-router';
import type { SlipPrintPageQuery } from '../../__generated__/SlipPrintPageQuery.graphql';
import { SLIP_MODE, label } from '../../labels';
import './print.css';

/** The slip on A4 in the usual layout of an official document, printed from the browser. */
export function SlipPrintPage() {
  return (
    <Suspense fallback={<Spin />}>
      <SlipSheet />
    </Suspense>
  );
}

function SlipSheet() {
  const { id = '' } = useParams();
  const { node, viewer } = useLazyLoadQuery<SlipPrintPageQuery>(
    graphql`
      query SlipPrintPageQuery($id: ID!) {
        viewer {
          region {
            name
          }
        }
        node(id: $id) {
          ... on Assignment @alias(as: "slip") {
            number
            mode
            requirement
            issuedOn
            deadline
            unit {
              name
            }
          }
        }
      }
    `,
    { id },
  );
  const slip = node.slip;
  if (!slip) return null;
  const [year, month, dayOfMonth] = slip.issuedOn.split('-').map(Number);
  const issuer = `${viewer?.region?.name ?? ''}优化营商环境工作领导小组办公室`;
  return (
    <>
      <div className="no-print" style={{ padding: 16, textAlign: 'center' }}>
        <Button type="primary" onClick={() => window.print()}>
          打印
        </Button>
      </div>
      <article className="a4-sheet">
        <h1 className="slip-title">营商环境问题{label(SLIP_MODE, slip.mode)}单</h1>
        <p className="slip-number">{slip.number}</p>
        <p className="slip-addressee">{slip.unit?.name}：</p>
        <div className="slip-body">{slip.requirement}</div>
        <p className="slip-body">
          请于 {slip.deadline} 前将办理结果书面反馈县优化办。逾期未反馈的，将按规定移送纪委监委。
        </p>
        <div className="slip-issuer">
          <p>{issuer}</p>
          <p>
            {year}年{month}月{dayOfMonth}日
          </p>
        </div>
      </article>
    </>
  );
}

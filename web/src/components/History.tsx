import { Empty, Timeline } from 'antd';
import { graphql, useFragment } from 'react-relay/hooks';
import type { History_steps$key } from '../__generated__/History_steps.graphql';
import { STEP, dateTime, label } from '../labels';

const RED = new Set(['rejectReport', 'returnAssignment', 'handBackAssignment', 'urgeAssignment', 'escalateOverdue']);
const GREEN = new Set(['verifyAssignment', 'concludeReferral', 'giveFeedback', 'closeReport']);

/** A record's steps, oldest first: when, what, who, and what came with it. */
export function History({ steps }: { steps: History_steps$key }) {
  const data = useFragment(
    graphql`
      fragment History_steps on RecordStep @relay(plural: true) {
        at
        action
        actor
        note
      }
    `,
    steps,
  );
  if (data.length === 0) return <Empty description="暂无记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={data.map((step, index) => ({
        key: index,
        color: RED.has(step.action) ? 'red' : GREEN.has(step.action) ? 'green' : 'blue',
        content: (
          <>
            <div>
              <strong>{label(STEP, step.action)}</strong>
              {step.actor ? `（${step.actor}）` : ''}
            </div>
            <div className="history-time">{dateTime(step.at)}</div>
            {step.note && <div className="history-note">{step.note}</div>}
          </>
        ),
      }))}
    />
  );
}

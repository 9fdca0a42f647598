import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type {
  MyConsultationsPageQuery,
  MyConsultationsPageQuery$data,
} from '../../__generated__/MyConsultationsPageQuery.graphql';
import type { MyConsultationsPageSubmitMutation } from '../../__generated__/MyConsultationsPageSubmitMutation.graphql';
import { errorMessage } from '../../errors';
import { OPINION_DECISION, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';

type Consultation = MyConsultationsPageQuery$data['consultations']['edges'][number]['node'];

/** The drafts a supervisor is consulted on (共商共建): read the documents, give an opinion,
 * see the decision on it and its explanation. */
export function MyConsultationsPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const { consultations } = useLazyLoadQuery<MyConsultationsPageQuery>(
    graphql`
      query MyConsultationsPageQuery {
        consultations(first: 50) {
          edges {
            node {
              id
              title
              body
              closesOn
              open
              unit {
                name
              }
              attachments {
                id
                fileName
                url
              }
              opinions {
                id
                body
                decision
                explanation
                submittedAt
              }
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const list = consultations.edges.map((edge) => edge.node);
  return (
    <>
      <h1 className="member-title">征求意见</h1>
      {list.length === 0 && <p className="member-card member-note">暂无向您征求意见的事项。</p>}
      {list.map((consultation) => (
        <ConsultationCard key={consultation.id} consultation={consultation} changed={() => setFetchKey((k) => k + 1)} />
      ))}
    </>
  );
}

function ConsultationCard({ consultation, changed }: { consultation: Consultation; changed: () => void }) {
  const [body, setBody] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [submit, submitting] = useCommit<MyConsultationsPageSubmitMutation>(graphql`
    mutation MyConsultationsPageSubmitMutation($input: SubmitOpinionInput!) {
      submitOpinion(input: $input) {
        opinion {
          id
          body
          decision
          explanation
          submittedAt
        }
      }
    }
  `);
  const send = () => {
    if (!body.trim()) {
      setMessage({ ok: false, text: '请填写您的意见。' });
      return;
    }
    submit({ input: { consultationId: consultation.id, body: body.trim() } }).then(
      () => {
        setBody('');
        setMessage({ ok: true, text: '意见已提交，征求意见单位将逐条研究并答复。' });
        changed();
      },
      (error) => setMessage({ ok: false, text: errorMessage(error) }),
    );
  };
  return (
    <section className="member-card" aria-label={consultation.title}>
      <h2>{consultation.title}</h2>
      <p className="member-muted">
        {consultation.unit?.name ?? '县优化办'} · 截止 {consultation.closesOn}{' '}
        <span className={`member-tag ${consultation.open ? 'green' : ''}`}>
          {consultation.open ? '征求中' : '已截止'}
        </span>
      </p>
      <p className="member-pre">{consultation.body}</p>
      {consultation.attachments.length > 0 && (
        <ul className="member-list files" aria-label="文件">
          {consultation.attachments.map((file) => (
            <li key={file.id}>
              <a href={`${file.url}?inline=1`} target="_blank" rel="noreferrer">
                {file.fileName}
              </a>
            </li>
          ))}
        </ul>
      )}
      {consultation.opinions.map((opinion) => (
        <div key={opinion.id} className="member-banner">
          <div className="member-pre">我的意见：{opinion.body}</div>
          <div className="member-muted">提交于 {dateTime(opinion.submittedAt)}</div>
          {opinion.decision ? (
            <div>
              处理结果：<strong>{label(OPINION_DECISION, opinion.decision)}</strong>
              {opinion.explanation && <div className="member-pre">说明：{opinion.explanation}</div>}
            </div>
          ) : (
            <div className="member-muted">待研究答复</div>
          )}
        </div>
      ))}
      {consultation.open && (
        <>
          <div className="member-field">
            <label htmlFor={`opinion-${consultation.id}`}>
              {consultation.opinions.length ? '补充意见' : '我的意见'}
            </label>
            <textarea id={`opinion-${consultation.id}`} value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
          {message && (
            <p className={`member-banner ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </p>
          )}
          <button type="button" className="member-button primary" disabled={submitting} onClick={send}>
            提交意见
          </button>
        </>
      )}
    </section>
  );
}

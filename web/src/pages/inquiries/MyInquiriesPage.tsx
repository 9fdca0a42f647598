import { useState, type FormEvent } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { InquiryKind, MyInquiriesPageAskMutation } from '../../__generated__/MyInquiriesPageAskMutation.graphql';
import type { MyInquiriesPageQuery } from '../../__generated__/MyInquiriesPageQuery.graphql';
import { errorMessage } from '../../errors';
import { INQUIRY_KIND, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';

/** A supervisor's inquiries (质询) and requests to read a unit's documents (查阅文件资料),
 * with the units' answers; the unit answers within its deadline without learning who asked. */
export function MyInquiriesPage() {
  const [fetchKey, setFetchKey] = useState(0);
  const data = useLazyLoadQuery<MyInquiriesPageQuery>(
    graphql`
      query MyInquiriesPageQuery {
        inquiries(first: 50) {
          edges {
            node {
              id
              kind
              subject
              question
              unit {
                name
              }
              deadline
              answer
              answeredAt
              overdue
              askedAt
            }
          }
        }
        units(filter: { responsible: true }, first: 100) {
          nodes {
            id
            name
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network', fetchKey },
  );
  const inquiries = data.inquiries.edges.map((edge) => edge.node);
  return (
    <>
      <h1 className="member-title">质询与查阅文件资料</h1>
      <AskForm units={data.units.nodes} asked={() => setFetchKey((k) => k + 1)} />
      {inquiries.map((inquiry) => (
        <section key={inquiry.id} className="member-card" aria-label={inquiry.subject}>
          <h2>{inquiry.subject}</h2>
          <p className="member-muted">
            {label(INQUIRY_KIND, inquiry.kind)} · {inquiry.unit?.name} · 提出于 {dateTime(inquiry.askedAt)}
          </p>
          <p className="member-pre">{inquiry.question}</p>
          {inquiry.answer ? (
            <div className="member-banner success">
              <div className="member-pre">答复：{inquiry.answer}</div>
              <div className="member-muted">答复于 {dateTime(inquiry.answeredAt)}</div>
            </div>
          ) : (
            <p className={`member-tag ${inquiry.overdue ? 'red' : 'blue'}`}>
              {inquiry.overdue ? `已超过答复期限（${inquiry.deadline}）` : `待答复，期限 ${inquiry.deadline}`}
            </p>
          )}
        </section>
      ))}
    </>
  );
}

function AskForm({ units, asked }: { units: readonly { id: string; name: string }[]; asked: () => void }) {
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<InquiryKind>('INQUIRY');
  const [unitId, setUnitId] = useState('');
  const [subject, setSubject] = useState('');
  const [question, setQuestion] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [ask, asking] = useCommit<MyInquiriesPageAskMutation>(graphql`
    mutation MyInquiriesPageAskMutation($input: AskInquiryInput!) {
      askInquiry(input: $input) {
        inquiry {
          id
        }
      }
    }
  `);
  if (!open) {
    return (
      <section className="member-card">
        {message && (
          <p className="member-banner success" role="status">
            {message.text}
          </p>
        )}
        <button type="button" className="member-button primary block" onClick={() => setOpen(true)}>
          提出质询或查阅申请
        </button>
      </section>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask({ input: { kind, unitId, subject: subject.trim(), question: question.trim() } }).then(
      () => {
        setOpen(false);
        setSubject('');
        setQuestion('');
        setMessage({ ok: true, text: '已提交，责任单位将在期限内答复。' });
        asked();
      },
      (error) => setMessage({ ok: false, text: errorMessage(error) }),
    );
  };
  return (
    <form className="member-card" onSubmit={submit}>
      <fieldset className="member-field">
        <legend className="member-label">类型</legend>
        <div className="member-choices">
          {(Object.keys(INQUIRY_KIND) as InquiryKind[]).map((value) => (
            <label key={value} className="member-choice">
              <input type="radio" name="inquiry-kind" checked={kind === value} onChange={() => setKind(value)} />
              <span>{INQUIRY_KIND[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="member-field">
        <label htmlFor="inquiry-unit" className="required">
          向哪个单位
        </label>
        <select id="inquiry-unit" required value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">请选择</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </select>
      </div>
      <div className="member-field">
        <label htmlFor="inquiry-subject" className="required">
          事由
        </label>
        <input id="inquiry-subject" type="text" required value={subject} onChange={(e) => setSubject(e.target.value)} />
      </div>
      <div className="member-field">
        <label htmlFor="inquiry-question" className="required">
          {kind === 'INQUIRY' ? '质询的问题' : '需要查阅的文件资料'}
        </label>
        <textarea id="inquiry-question" required value={question} onChange={(e) => setQuestion(e.target.value)} />
      </div>
      {message && !message.ok && (
        <p className="member-banner error" role="alert">
          {message.text}
        </p>
      )}
      <div className="member-buttons">
        <button type="submit" className="member-button primary" disabled={asking}>
          提交
        </button>
        <button type="button" className="member-button" onClick={() => setOpen(false)}>
          取消
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { useParams, useSearchParams } from 'react-router';
import type { MyReportPageQuery } from '../../__generated__/MyReportPageQuery.graphql';
import type { MyReportPageRateMutation, Rating } from '../../__generated__/MyReportPageRateMutation.graphql';
import { errorMessage } from '../../errors';
import { AREA, RATING, REPORTER_STEP, REPORT_KIND, REPORT_STATUS, dateTime, label } from '../../labels';
import { useCommit } from '../../relay/useCommit';

/** One of the member's reports: where its handling stands, the office's feedback, and the
 * member's rating of it. */
export function MyReportPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { node: report } = useLazyLoadQuery<MyReportPageQuery>(
    graphql`
      query MyReportPageQuery($id: ID!) {
        node(id: $id) {
          __typename
          ... on Report {
            id
            kind
            title
            body
            status
            statusReason
            area
            occurredOn
            submittedAt
            concernedUnit {
              name
            }
            major
            feedback
            feedbackAt
            rating
            ratingReason
            redoCount
            attachments {
              id
              fileName
              url
            }
            history {
              at
              action
              note
            }
          }
        }
      }
    `,
    { id },
    { fetchPolicy: 'store-and-network' },
  );
  if (report?.__typename !== 'Report') return <p className="member-note">这条反映不存在，或不是您的反映。</p>;
  return (
    <>
      {params.get('sent') === '1' && (
        <p className="member-banner success" role="status">
          提交成功，县优化办将及时处理并向您反馈。
        </p>
      )}
      <h1 className="member-title">{report.title}</h1>
      <section className="member-card">
        <p className="member-muted">
          {label(REPORT_KIND, report.kind)} · {label(AREA, report.area)}
          {report.concernedUnit && ` · ${report.concernedUnit.name}`} · 提交于 {dateTime(report.submittedAt)}
        </p>
        <p>
          <span className="member-tag blue">{label(REPORT_STATUS, report.status)}</span>
          {report.major && <span className="member-tag red"> 重大问题</span>}
        </p>
        {report.statusReason && <p className="member-note">说明：{report.statusReason}</p>}
        <p className="member-pre">{report.body}</p>
        {report.attachments.length > 0 && (
          <ul className="member-list files" aria-label="附件">
            {report.attachments.map((file) => (
              <li key={file.id}>
                <a href={`${file.url}?inline=1`} target="_blank" rel="noreferrer">
                  {file.fileName}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {report.feedback && (
        <section className="member-card" aria-labelledby="feedback">
          <h2 id="feedback">办理情况反馈</h2>
          <p className="member-pre">{report.feedback}</p>
          <p className="member-muted">反馈于 {dateTime(report.feedbackAt)}</p>
          <RateForm reportId={report.id} rating={report.rating ?? null} reason={report.ratingReason ?? ''} />
          {report.redoCount > 0 && <p className="member-muted">已重新办理 {report.redoCount} 次。</p>}
        </section>
      )}
      <section className="member-card" aria-labelledby="progress">
        <h2 id="progress">办理进度</h2>
        <ol className="member-steps">
          {report.history.map((step, index) => (
            <li key={`${step.at}-${index}`}>
              {label(REPORTER_STEP, step.action)}
              <span className="member-muted"> {dateTime(step.at)}</span>
              {step.note && <div className="member-note">{step.note}</div>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

/** The member's rating of the handling; changed as often as the member likes. */
function RateForm({ reportId, rating, reason }: { reportId: string; rating: Rating | null; reason: string }) {
  const [chosen, setChosen] = useState<Rating | null>(rating);
  const [why, setWhy] = useState(reason);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [rate, rating_] = useCommit<MyReportPageRateMutation>(graphql`
    mutation MyReportPageRateMutation($input: RateHandlingInput!) {
      rateHandling(input: $input) {
        report {
          id
          rating
          ratingReason
          status
        }
      }
    }
  `);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    rate({ input: { reportId, rating: chosen, reason: why.trim() || null } }).then(
      () => setMessage({ ok: true, text: '评价已提交，感谢您的监督。' }),
      (error) => setMessage({ ok: false, text: errorMessage(error) }),
    );
  };
  return (
    <form onSubmit={submit}>
      <fieldset className="member-field">
        <legend className="member-label">{rating ? '您的评价（可修改）' : '请评价办理情况'}</legend>
        <div className="member-choices">
          {(Object.keys(RATING) as Rating[]).map((value) => (
            <label key={value} className="member-choice">
              <input
                type="radio"
                name="rating"
                value={value}
                checked={chosen === value}
                onChange={() => setChosen(value)}
              />
              <span>{RATING[value]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {chosen === 'UNSATISFIED' && (
        <div className="member-field">
          <label htmlFor="reason" className="required">
            不满意的原因
          </label>
          <textarea id="reason" required value={why} onChange={(e) => setWhy(e.target.value)} />
          <span className="member-muted">县优化办将根据您的意见决定是否重新交办。</span>
        </div>
      )}
      {message && (
        <p className={`member-banner ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" className="member-button primary" disabled={!chosen || rating_}>
        {rating_ ? '正在提交…' : '提交评价'}
      </button>
    </form>
  );
}

import { useState } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import type { MySurveysPageQuery, MySurveysPageQuery$data } from '../../__generated__/MySurveysPageQuery.graphql';
import type {
  MySurveysPageSubmitMutation,
  SatisfactionLevel,
} from '../../__generated__/MySurveysPageSubmitMutation.graphql';
import { errorMessage } from '../../errors';
import { SATISFACTION } from '../../labels';
import { useCommit } from '../../relay/useCommit';

type Survey = MySurveysPageQuery$data['surveys']['edges'][number]['node'];
type Answer = { level: SatisfactionLevel | ''; comment: string };

/** Satisfaction surveys (满意度测评): each unit on five levels with a comment, changed as
 * often as the member likes until the survey closes. No unit learns who rated it. */
export function MySurveysPage() {
  const { surveys } = useLazyLoadQuery<MySurveysPageQuery>(
    graphql`
      query MySurveysPageQuery {
        surveys(first: 20) {
          edges {
            node {
              id
              title
              period
              closesOn
              open
              units {
                id
                name
              }
              myResponses {
                unit {
                  id
                }
                level
                comment
              }
            }
          }
        }
      }
    `,
    {},
    { fetchPolicy: 'store-and-network' },
  );
  const list = surveys.edges.map((edge) => edge.node);
  return (
    <>
      <h1 className="member-title">满意度测评</h1>
      <p className="member-note">测评结果不显示评价人，责任单位看不到是谁作出的评价。</p>
      {list.length === 0 && <p className="member-card member-note">暂无测评。</p>}
      {list.map((survey) => (
        <SurveyCard key={survey.id} survey={survey} />
      ))}
    </>
  );
}

function SurveyCard({ survey }: { survey: Survey }) {
  const given = new Map(survey.myResponses.map((r) => [r.unit?.id ?? '', r]));
  const [answers, setAnswers] = useState<Record<string, Answer>>(() =>
    Object.fromEntries(
      survey.units.map((unit) => {
        const mine = given.get(unit.id);
        return [unit.id, { level: mine?.level ?? '', comment: mine?.comment ?? '' }];
      }),
    ),
  );
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [submit, submitting] = useCommit<MySurveysPageSubmitMutation>(graphql`
    mutation MySurveysPageSubmitMutation($input: SubmitSurveyResponseInput!) {
      submitSurveyResponse(input: $input) {
        responses {
          unit {
            id
          }
          level
          comment
        }
      }
    }
  `);
  const set = (unitId: string, change: Partial<Answer>) =>
    setAnswers((all) => ({ ...all, [unitId]: { ...all[unitId], ...change } }));
  const rated = Object.entries(answers).filter(([, answer]) => answer.level);
  const send = () => {
    if (rated.length === 0) {
      setMessage({ ok: false, text: '请至少评价一个单位。' });
      return;
    }
    const ratings = rated.map(([unitId, answer]) => ({
      unitId,
      level: answer.level as SatisfactionLevel,
      comment: answer.comment.trim() || null,
    }));
    submit({ input: { surveyId: survey.id, ratings } }).then(
      () =>
        setMessage({
          ok: true,
          text: `已提交 ${rated.length} 个单位的评价${survey.open ? `，${survey.closesOn} 前可以修改` : ''}。`,
        }),
      (error) => setMessage({ ok: false, text: errorMessage(error) }),
    );
  };
  return (
    <section className="member-card" aria-label={survey.title}>
      <h2>{survey.title}</h2>
      <p className="member-muted">
        {survey.period} · 截止 {survey.closesOn}{' '}
        <span className={`member-tag ${survey.open ? 'green' : ''}`}>{survey.open ? '进行中' : '已截止'}</span>
      </p>
      {survey.units.map((unit) => (
        <fieldset key={unit.id} className="member-field" disabled={!survey.open}>
          <legend className="member-label">{unit.name}</legend>
          <div className="member-choices">
            {(Object.keys(SATISFACTION) as SatisfactionLevel[]).map((level) => (
              <label key={level} className="member-choice">
                <input
                  type="radio"
                  name={`${survey.id}-${unit.id}`}
                  value={level}
                  checked={answers[unit.id]?.level === level}
                  onChange={() => set(unit.id, { level })}
                />
                <span>{SATISFACTION[level]}</span>
              </label>
            ))}
          </div>
          <input
            type="text"
            aria-label={`对${unit.name}的意见（可不填）`}
            placeholder="意见（可不填）"
            value={answers[unit.id]?.comment ?? ''}
            onChange={(e) => set(unit.id, { comment: e.target.value })}
          />
        </fieldset>
      ))}
      {message && (
        <p className={`member-banner ${message.ok ? 'success' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {survey.open && (
        <button type="button" className="member-button primary block" disabled={submitting} onClick={send}>
          {survey.myResponses.length ? '保存修改' : '提交评价'}
        </button>
      )}
    </section>
  );
}

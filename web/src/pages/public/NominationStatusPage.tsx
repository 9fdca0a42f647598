import { useState, type FormEvent } from 'react';
import { fetchQuery, graphql, useRelayEnvironment } from 'react-relay/hooks';
import { Link, useSearchParams } from 'react-router';
import type { NominationStatusPageQuery } from '../../__generated__/NominationStatusPageQuery.graphql';
import { errorMessage } from '../../errors';
import { MEMBER_STATUS, label } from '../../labels';
import { ServerError } from '../../relay/fetch';

const statusQuery = graphql`
  query NominationStatusPageQuery($receiptCode: String!) {
    nominationStatus(receiptCode: $receiptCode) {
      status
      reason
    }
  }
`;

type Found = NominationStatusPageQuery['response']['nominationStatus'];

/** A self-nomination's stage by its receipt code: asked only when the nominee sends the code,
 * so a code in the address is not looked up behind their back. */
export function NominationStatusPage() {
  const environment = useRelayEnvironment();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    setAsking(true);
    setFound(null);
    setError(null);
    fetchQuery<NominationStatusPageQuery>(
      environment,
      statusQuery,
      { receiptCode: code.trim() },
      { fetchPolicy: 'network-only' },
    )
      .toPromise()
      .then(
        (data) => data && setFound(data.nominationStatus),
        (e) =>
          setError(
            e instanceof ServerError && e.code === 'NOT_FOUND'
              ? '没有找到该回执码对应的自荐，请核对回执码。'
              : errorMessage(e),
          ),
      )
      .finally(() => setAsking(false));
  };
  return (
    <>
      <h1 className="member-title">查询自荐审核进度</h1>
      <form className="member-card" onSubmit={ask}>
        <div className="member-field">
          <label htmlFor="receipt" className="required">
            回执码
          </label>
          <input
            id="receipt"
            type="text"
            required
            autoComplete="off"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        </div>
        <button type="submit" className="member-button primary block" disabled={asking || !code.trim()}>
          {asking ? '正在查询…' : '查询'}
        </button>
      </form>
      {error && (
        <p className="member-banner error" role="alert">
          {error}
        </p>
      )}
      {found && (
        <section className="member-card" aria-live="polite" aria-label="审核进度">
          <p>
            当前进度：<strong>{label(MEMBER_STATUS, found.status)}</strong>
          </p>
          {found.reason && <p>说明：{found.reason}</p>}
        </section>
      )}
      <p className="member-note">
        <Link to="/public">返回公开信息</Link>
      </p>
    </>
  );
}

import { useEffect, useState } from 'react';
import { useRelayEnvironment } from 'react-relay/hooks';
import { Link, useLocation } from 'react-router';
import { loadDraft, sendDraft, waitsForConnection } from './draft';

/** Fired with the new report's id when a draft has been sent. */
export const REPORT_SENT_EVENT = 'watchpost:report-sent';

/** How often a draft waiting for the connection is tried again (besides the browser's
 * `online` event, which a server that was away never fires). */
const RETRY_MS = 30_000;

type State = { is: 'idle' | 'waiting' | 'sending' | 'failed' } | { is: 'sent'; id: string };

/** Sends a report the person submitted without a connection as soon as the phone has one
 * again, on whichever page they are, also after the tab was closed and opened again. */
export function DraftSender({ accountId }: { accountId: string }) {
  const environment = useRelayEnvironment();
  const { pathname } = useLocation();
  const [state, setState] = useState<State>({ is: 'idle' });

  useEffect(() => {
    let stopped = false;
    const attempt = async () => {
      const draft = await loadDraft(accountId);
      if (stopped || !draft?.send) return;
      if (!navigator.onLine) {
        setState({ is: 'waiting' });
        return;
      }
      setState({ is: 'sending' });
      try {
        const id = await sendDraft(environment, accountId, draft, () => {});
        window.dispatchEvent(new CustomEvent(REPORT_SENT_EVENT, { detail: id }));
        if (!stopped) setState({ is: 'sent', id });
      } catch (error) {
        if (!stopped) setState({ is: waitsForConnection(error) ? 'waiting' : 'failed' });
      }
    };
    void attempt();
    window.addEventListener('online', attempt);
    const retry = window.setInterval(attempt, RETRY_MS);
    return () => {
      stopped = true;
      window.removeEventListener('online', attempt);
      window.clearInterval(retry);
    };
  }, [accountId, environment]);

  // The form shows its own draft's progress.
  if (pathname === '/me/report') return null;
  switch (state.is) {
    case 'waiting':
      return (
        <p className="member-banner warning" role="status">
          您提交的反映已保存在本机，网络恢复后将自动发送。
        </p>
      );
    case 'sending':
      return (
        <p className="member-banner" role="status">
          正在发送您保存在本机的反映…
        </p>
      );
    case 'sent':
      return (
        <p className="member-banner success" role="status">
          您保存在本机的反映已发送。<Link to={`/me/reports/${encodeURIComponent(state.id)}`}>查看</Link>
        </p>
      );
    case 'failed':
      return (
        <p className="member-banner error" role="alert">
          您保存在本机的反映未能发送，请<Link to="/me/report">打开草稿</Link>核对后重新提交。
        </p>
      );
    default:
      return null;
  }
}

import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { graphql, useLazyLoadQuery, useRelayEnvironment } from 'react-relay/hooks';
import { useNavigate } from 'react-router';
import type { ReportFormPageQuery } from '../../__generated__/ReportFormPageQuery.graphql';
import { errorMessage } from '../../errors';
import { useMember } from '../../layouts/MemberShell';
import { AREA, BEHAVIOUR, REPORT_KIND } from '../../labels';
import { ServerError } from '../../relay/fetch';
import { REPORT_SENT_EVENT } from './DraftSender';
import {
  discardDraft,
  loadDraft,
  newDraft,
  randomKey,
  saveDraft,
  sendDraft,
  today,
  waitsForConnection,
  type DraftFields,
  type Progress,
  type ReportDraft,
} from './draft';

const ACCEPT_ANY = 'image/*,audio/*,video/*,application/pdf,.doc,.docx,.xls,.xlsx,.wps';

/** The ways a phone adds a file: its camera, its microphone, its files. */
const CAPTURES = [
  { label: '拍照', accept: 'image/*', capture: 'environment' },
  { label: '录音', accept: 'audio/*', capture: 'user' },
  { label: '录像', accept: 'video/*', capture: 'environment' },
  { label: '选择文件', accept: ACCEPT_ANY, capture: undefined },
] as const;

type Status =
  { is: 'editing' } | { is: 'sending' } | { is: 'waiting' } | { is: 'refused'; message: string; field?: string };

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Filing a report from a phone: what happened, where, which unit; photos, recordings and
 * documents from the camera and microphone. Everything is kept in the phone as a draft
 * until the report is made, so nothing typed or taken is lost to a dropped connection or a
 * closed tab. */
export function ReportFormPage() {
  const { accountId, kind } = useMember();
  const environment = useRelayEnvironment();
  const navigate = useNavigate();
  const data = useLazyLoadQuery<ReportFormPageQuery>(
    graphql`
      query ReportFormPageQuery {
        units(filter: { responsible: true }, first: 100) {
          nodes {
            id
            name
          }
        }
        violationCategories {
          id
          name
          active
        }
      }
    `,
    {},
    { fetchPolicy: 'store-or-network' },
  );
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [restored, setRestored] = useState(false);
  const [status, setStatus] = useState<Status>({ is: 'editing' });
  const [progress, setProgress] = useState<Progress>({});
  const saving = useRef<number | undefined>(undefined);

  useEffect(() => {
    void loadDraft(accountId).then((kept) => {
      setRestored(Boolean(kept && (kept.fields.title || kept.fields.body || kept.files.length)));
      setDraft(kept ?? newDraft());
      if (kept?.send) setStatus({ is: 'waiting' });
    });
  }, [accountId]);

  // A draft sent from elsewhere (the shell, when the connection came back) is done here too.
  useEffect(() => {
    const sent = (event: Event) =>
      navigate(`/me/reports/${encodeURIComponent((event as CustomEvent<string>).detail)}?sent=1`);
    window.addEventListener(REPORT_SENT_EVENT, sent);
    return () => window.removeEventListener(REPORT_SENT_EVENT, sent);
  }, [navigate]);

  if (!draft) return <p className="member-spinner">正在加载…</p>;
  const locked = status.is === 'sending' || status.is === 'waiting';

  const change = (next: ReportDraft, now = false) => {
    setDraft(next);
    window.clearTimeout(saving.current);
    if (now) void saveDraft(accountId, next);
    else saving.current = window.setTimeout(() => void saveDraft(accountId, next), 300);
  };
  const field = <K extends keyof DraftFields>(key: K, value: DraftFields[K]) =>
    change({ ...draft, fields: { ...draft.fields, [key]: value } });
  const addFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (chosen.length === 0) return;
    const files = chosen.map((file) => ({
      id: randomKey(),
      file,
      name: file.name || `录制-${new Date().toISOString().slice(0, 19)}`,
      type: file.type,
    }));
    change({ ...draft, files: [...draft.files, ...files] }, true);
  };
  const removeFile = (id: string) => change({ ...draft, files: draft.files.filter((file) => file.id !== id) }, true);
  const startOver = () => {
    void discardDraft(accountId);
    setDraft(newDraft());
    setRestored(false);
    setStatus({ is: 'editing' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    window.clearTimeout(saving.current);
    setStatus({ is: 'sending' });
    try {
      const id = await sendDraft(environment, accountId, draft, setProgress);
      navigate(`/me/reports/${encodeURIComponent(id)}?sent=1`);
    } catch (error) {
      if (waitsForConnection(error)) {
        setStatus({ is: 'waiting' });
      } else {
        setStatus({
          is: 'refused',
          message: errorMessage(error),
          field: error instanceof ServerError ? error.field : undefined,
        });
      }
    }
  };

  const f = draft.fields;
  const categories = data.violationCategories.filter((c) => c.active);
  const kinds = Object.entries(REPORT_KIND).filter(
    ([value]) => value !== 'MONITORING_RECORD' || kind === 'MONITORING_POINT',
  );
  return (
    <form onSubmit={submit} noValidate={false}>
      <h1 className="member-title">{kind === 'MONITORING_POINT' ? '报送监测情况' : '反映问题或提出建议'}</h1>
      {restored && status.is === 'editing' && (
        <p className="member-banner">
          已恢复您上次未提交的内容。{' '}
          <button type="button" className="member-link-button" onClick={startOver}>
            清空重填
          </button>
        </p>
      )}
      {status.is === 'waiting' && (
        <p className="member-banner warning" role="status">
          网络连接中断，这条反映已保存在本机，网络恢复后将自动发送（关闭页面也不会丢失）。
        </p>
      )}
      {status.is === 'refused' && (
        <p className="member-banner error" role="alert">
          未能提交：{status.message}
        </p>
      )}
      <div className="member-card">
        <fieldset className="member-field" disabled={locked}>
          <legend className="member-label">类型</legend>
          <div className="member-choices">
            {kinds.map(([value, text]) => (
              <label key={value} className="member-choice">
                <input
                  type="radio"
                  name="kind"
                  value={value}
                  checked={f.kind === value}
                  onChange={() => field('kind', value)}
                />
                <span>{text}</span>
              </label>
            ))}
          </div>
          {f.kind === 'OBSTRUCTION' && (
            <p className="member-note">
              反映单位拒不接受监督或对您打击报复的，作为重大问题直接报县优化办立即处理，被反映的单位看不到本反映。请选择涉及单位。
            </p>
          )}
        </fieldset>
        <div className="member-field">
          <label htmlFor="area" className="required">
            监督领域
          </label>
          <select id="area" required disabled={locked} value={f.area} onChange={(e) => field('area', e.target.value)}>
            <option value="">请选择</option>
            {Object.entries(AREA).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="member-field">
          <label htmlFor="unit" className={f.kind === 'OBSTRUCTION' ? 'required' : undefined}>
            涉及单位
          </label>
          <select
            id="unit"
            required={f.kind === 'OBSTRUCTION'}
            disabled={locked}
            value={f.concernedUnitId}
            onChange={(e) => field('concernedUnitId', e.target.value)}
          >
            <option value="">不涉及具体单位或不清楚</option>
            {data.units.nodes.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div className="member-field">
          <label htmlFor="behaviour">涉及行为</label>
          <select
            id="behaviour"
            disabled={locked}
            value={f.behaviour}
            onChange={(e) => field('behaviour', e.target.value)}
          >
            <option value="">请选择（可不选）</option>
            {Object.entries(BEHAVIOUR).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <div className="member-field">
          <label htmlFor="occurredOn">发生日期</label>
          <input
            id="occurredOn"
            type="date"
            disabled={locked}
            value={f.occurredOn}
            max={today()}
            onChange={(e) => field('occurredOn', e.target.value)}
          />
        </div>
        <div className="member-field">
          <label htmlFor="title" className="required">
            标题
          </label>
          <input
            id="title"
            type="text"
            required
            maxLength={200}
            disabled={locked}
            placeholder="一句话概括，如：某窗口午休时段无人值守"
            value={f.title}
            onChange={(e) => field('title', e.target.value)}
          />
        </div>
        <div className="member-field">
          <label htmlFor="body" className="required">
            具体情况
          </label>
          <textarea
            id="body"
            required
            maxLength={10000}
            disabled={locked}
            placeholder="时间、地点、经过，涉及的人员和事项"
            value={f.body}
            onChange={(e) => field('body', e.target.value)}
          />
        </div>
        {categories.length > 0 && (
          <fieldset className="member-field" disabled={locked}>
            <legend className="member-label">涉及违反“八个严禁”（可多选，没有可不选）</legend>
            {categories.map((category) => (
              <label key={category.id} className="member-check">
                <input
                  type="checkbox"
                  checked={f.violationCategoryIds.includes(category.id)}
                  onChange={(e) =>
                    field(
                      'violationCategoryIds',
                      e.target.checked
                        ? [...f.violationCategoryIds, category.id]
                        : f.violationCategoryIds.filter((id) => id !== category.id),
                    )
                  }
                />
                <span>{category.name}</span>
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="member-field" disabled={locked}>
          <legend className="member-label">其他</legend>
          <label className="member-check">
            <input type="checkbox" checked={f.major} onChange={(e) => field('major', e.target.checked)} />
            <span>重大问题（县优化办将第一时间收到通知）</span>
          </label>
          <label className="member-check">
            <input
              type="checkbox"
              checked={f.officialsInvolved}
              onChange={(e) => field('officialsInvolved', e.target.checked)}
            />
            <span>涉及公职人员</span>
          </label>
        </fieldset>
        <div className="member-field">
          <span className="member-label">图片、录音、录像和文件</span>
          <div className="member-capture">
            {CAPTURES.map((way) => (
              <label key={way.label} className="member-button">
                {way.label}
                <input
                  type="file"
                  accept={way.accept}
                  capture={way.capture}
                  multiple={!way.capture}
                  disabled={locked}
                  aria-label={way.label}
                  onChange={addFiles}
                />
              </label>
            ))}
          </div>
          {draft.files.length > 0 && (
            <ul className="member-files" aria-label="已添加的文件">
              {draft.files.map((file) => {
                const done = progress[file.id];
                const share = done ? Math.round((done.sent / Math.max(done.total, 1)) * 100) : file.uploaded ? 100 : 0;
                return (
                  <li key={file.id}>
                    <div className="member-file-head">
                      <span>{file.name}</span>
                      <span className="member-muted">{size(file.file.size)}</span>
                    </div>
                    {locked || file.uploaded ? (
                      <>
                        <progress max={100} value={share} aria-label={`${file.name} 上传进度`} />
                        <span className="member-muted">
                          {share >= 100
                            ? '已上传'
                            : status.is === 'waiting'
                              ? `已上传 ${share}%，网络恢复后继续`
                              : `已上传 ${share}%`}
                        </span>
                      </>
                    ) : (
                      <button type="button" className="member-link-button" onClick={() => removeFile(file.id)}>
                        移除
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
      <p className="member-note">提交后，县优化办将及时研判处理，并向您反馈办理情况。</p>
      {status.is === 'waiting' ? (
        <button type="button" className="member-button block" onClick={startOver}>
          放弃这条反映
        </button>
      ) : (
        <button type="submit" className="member-button primary block" disabled={locked}>
          {status.is === 'sending' ? '正在提交…' : '提交'}
        </button>
      )}
    </form>
  );
}

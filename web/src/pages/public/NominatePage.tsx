import { useState, type FormEvent } from 'react';
import { graphql, useLazyLoadQuery } from 'react-relay/hooks';
import { Link, useParams } from 'react-router';
import type {
  Declaration,
  MemberCategory,
  MemberKind,
  NominatePageSubmitMutation,
} from '../../__generated__/NominatePageSubmitMutation.graphql';
import type { NominatePageQuery } from '../../__generated__/NominatePageQuery.graphql';
import { errorMessage } from '../../errors';
import { DECLARATION, MEMBER_CATEGORY } from '../../labels';
import { ServerError, attach } from '../../relay/fetch';
import { useCommit } from '../../relay/useCommit';
import { CATEGORIES, CONDITIONS, DECLARATIONS, FIELD_MESSAGES } from '../members/nomination';
import { creditCodeValid, residentIdValid } from './checks';

function refusal(error: unknown): string {
  if (error instanceof ServerError) {
    if (error.code === 'RATE_LIMITED') return '提交过于频繁，请稍后再试。';
    if (error.code === 'CONFLICT') return '该人员或单位已有正在办理的推荐或正在聘期内，无需重复提交。';
    if (error.field && FIELD_MESSAGES[error.field]) return FIELD_MESSAGES[error.field];
  }
  return errorMessage(error);
}

/** Self-nomination (自荐) as a supervisor or a monitoring point: the notice's conditions,
 * the numbers checked as typed, the declarations and the documents. The receipt code is
 * shown once, for the status page. */
export function NominatePage() {
  const { code = '' } = useParams();
  const { publishedRegions } = useLazyLoadQuery<NominatePageQuery>(
    graphql`
      query NominatePageQuery {
        publishedRegions {
          code
          name
        }
      }
    `,
    {},
  );
  const region = publishedRegions.find((r) => r.code === code);
  const [kind, setKind] = useState<MemberKind>('SUPERVISOR');
  const [category, setCategory] = useState<MemberCategory | ''>('');
  const [declared, setDeclared] = useState<Declaration[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [idNumber, setIdNumber] = useState('');
  const [creditCode, setCreditCode] = useState('');
  const [receipt, setReceipt] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submit, submitting] = useCommit<NominatePageSubmitMutation>(graphql`
    mutation NominatePageSubmitMutation($input: SubmitNominationInput!) {
      submitNomination(input: $input) {
        receiptCode
      }
    }
  `);
  if (!region) return <p className="member-card member-note">没有找到该县（市、区）。</p>;
  if (receipt) {
    return (
      <section className="member-card" aria-labelledby="received">
        <h1 id="received" className="member-title">
          自荐已提交
        </h1>
        <p>您的回执码：</p>
        <p className="member-receipt" aria-label="回执码">
          {receipt}
        </p>
        <p className="member-banner warning" role="alert">
          请立即抄写或截图保存此回执码。回执码只显示这一次，遗失后无法找回；凭回执码可查询审核进度。
        </p>
        <Link className="member-button primary block" to={`/public/status?code=${encodeURIComponent(receipt)}`}>
          查询审核进度
        </Link>
      </section>
    );
  }

  const supervisor = kind === 'SUPERVISOR';
  const idWrong = supervisor && idNumber.length >= 18 && !residentIdValid(idNumber);
  const codeWrong = !supervisor && creditCode.length >= 18 && !creditCodeValid(creditCode);
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    if (supervisor && !residentIdValid(idNumber)) return setError(FIELD_MESSAGES.idNumber);
    if (!supervisor && creditCode && !creditCodeValid(creditCode)) return setError(FIELD_MESSAGES.creditCode);
    if (DECLARATIONS[kind].some((d) => !declared.includes(d))) return setError('请逐项确认承诺。');
    setError(null);
    const [attachments, uploadables] = attach('input.attachments', files);
    submit(
      {
        input: {
          regionCode: code,
          kind,
          category: category as MemberCategory,
          recommender: 'SELF_NOMINATED',
          name: text('name') ?? '',
          affiliation: text('affiliation'),
          position: text('position'),
          npcOrCppcc: form.get('npcOrCppcc') === 'on',
          idNumber: supervisor ? idNumber.trim() : null,
          creditCode: supervisor ? null : creditCode.trim() || null,
          phone: text('phone'),
          email: text('email'),
          declarations: declared,
          attachments,
        },
      },
      uploadables,
    ).then(
      (response) => {
        setReceipt(response.submitNomination.receiptCode ?? '');
        window.scrollTo(0, 0);
      },
      (e) => setError(refusal(e)),
    );
  };

  return (
    <form onSubmit={send}>
      <h1 className="member-title">{region.name}营商环境监测点、监督员自荐</h1>
      <section className="member-card">
        <fieldset className="member-field">
          <legend className="member-label">自荐为</legend>
          <div className="member-choices">
            {(['SUPERVISOR', 'MONITORING_POINT'] as MemberKind[]).map((value) => (
              <label key={value} className="member-choice">
                <input
                  type="radio"
                  name="kind"
                  checked={kind === value}
                  onChange={() => {
                    setKind(value);
                    setCategory('');
                    setDeclared([]);
                  }}
                />
                <span>{value === 'SUPERVISOR' ? '营商环境监督员' : '营商环境监测点'}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <h2>条件</h2>
        <ol className="member-steps">
          {CONDITIONS[kind].map((condition) => (
            <li key={condition}>{condition}</li>
          ))}
        </ol>
      </section>
      <section className="member-card">
        <div className="member-field">
          <label htmlFor="category" className="required">
            类别
          </label>
          <select
            id="category"
            required
            value={category}
            onChange={(e) => setCategory(e.target.value as MemberCategory)}
          >
            <option value="">请选择</option>
            {CATEGORIES[kind].map((value) => (
              <option key={value} value={value}>
                {MEMBER_CATEGORY[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="member-field">
          <label htmlFor="name" className="required">
            {supervisor ? '姓名' : '单位或场所名称'}
          </label>
          <input id="name" name="name" type="text" required maxLength={200} />
        </div>
        {supervisor ? (
          <>
            <div className="member-field">
              <label htmlFor="idNumber" className="required">
                身份证号码
              </label>
              <input
                id="idNumber"
                type="text"
                required
                inputMode="text"
                maxLength={18}
                autoComplete="off"
                value={idNumber}
                aria-invalid={idWrong}
                aria-describedby="idNumber-check"
                onChange={(e) => setIdNumber(e.target.value.toUpperCase())}
              />
              <span id="idNumber-check" className={idWrong ? 'member-field-error' : 'member-muted'}>
                {idWrong ? '身份证号码校验不通过，请核对。' : '仅用于资格审核，加密保存，不对外公开。'}
              </span>
            </div>
            <div className="member-field">
              <label htmlFor="affiliation">工作单位</label>
              <input id="affiliation" name="affiliation" type="text" maxLength={200} />
            </div>
            <div className="member-field">
              <label htmlFor="position">职务</label>
              <input id="position" name="position" type="text" maxLength={200} />
            </div>
            <label className="member-check">
              <input type="checkbox" name="npcOrCppcc" />
              <span>我是人大代表或政协委员（优先选聘）</span>
            </label>
          </>
        ) : (
          <div className="member-field">
            <label htmlFor="creditCode">统一社会信用代码</label>
            <input
              id="creditCode"
              type="text"
              maxLength={18}
              autoComplete="off"
              value={creditCode}
              aria-invalid={codeWrong}
              aria-describedby="creditCode-check"
              onChange={(e) => setCreditCode(e.target.value.toUpperCase())}
            />
            <span id="creditCode-check" className={codeWrong ? 'member-field-error' : 'member-muted'}>
              {codeWrong
                ? '统一社会信用代码校验不通过，请核对。'
                : '企业、个体工商户、商协会和机构填写；政务服务场所可不填。'}
            </span>
          </div>
        )}
        <div className="member-field">
          <label htmlFor="phone" className={supervisor ? 'required' : undefined}>
            联系电话
          </label>
          <input id="phone" name="phone" type="tel" required={supervisor} maxLength={20} />
        </div>
        <div className="member-field">
          <label htmlFor="email">电子邮箱</label>
          <input id="email" name="email" type="email" maxLength={200} />
        </div>
      </section>
      <section className="member-card">
        <fieldset className="member-field">
          <legend className="member-label required">承诺</legend>
          {DECLARATIONS[kind].map((value) => (
            <label key={value} className="member-check">
              <input
                type="checkbox"
                checked={declared.includes(value)}
                onChange={(e) => {
                  setError(null);
                  setDeclared(e.target.checked ? [...declared, value] : declared.filter((d) => d !== value));
                }}
              />
              <span>本人（本单位）承诺：{DECLARATION[value]}</span>
            </label>
          ))}
        </fieldset>
        <div className="member-field">
          <label htmlFor="documents">
            {supervisor ? '推荐表、身份证明等材料' : '营业执照、推荐材料等'}（图片或 PDF，可多选）
          </label>
          <input
            id="documents"
            type="file"
            multiple
            accept="image/*,application/pdf,.doc,.docx"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
          {files.length > 0 && <span className="member-muted">已选 {files.length} 个文件</span>}
        </div>
      </section>
      {error && (
        <p className="member-banner error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="member-button primary block" disabled={submitting}>
        {submitting ? '正在提交…' : '提交自荐'}
      </button>
    </form>
  );
}

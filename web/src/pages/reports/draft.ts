import { del, get, set } from 'idb-keyval';
import { commitMutation, graphql } from 'react-relay/hooks';
import type { Environment } from 'relay-runtime';
import { DetailedError, Upload } from 'tus-js-client';
import type { draftSubmitMutation, SubmitReportInput } from '../../__generated__/draftSubmitMutation.graphql';
import { CSRF_HEADER, ServerError } from '../../relay/fetch';

/** What the person has written, as the form holds it. */
export type DraftFields = {
  kind: string;
  area: string;
  concernedUnitId: string;
  behaviour: string;
  occurredOn: string;
  title: string;
  body: string;
  violationCategoryIds: string[];
  major: boolean;
  officialsInvolved: boolean;
};

/** A file taken or chosen, kept with the draft until the report is made. `uploadUrl` is
 * where the server keeps its pieces, so a broken upload goes on from there. */
export type DraftFile = {
  id: string;
  file: Blob;
  name: string;
  type: string;
  uploadUrl?: string;
  uploaded?: boolean;
};

/** A report not yet made, kept in the phone's browser (IndexedDB): it survives a lost
 * connection and a closed tab. `send` is set once the person pressed 提交; the report is
 * then sent as soon as the phone is online again. `key` is the report's `draftKey`, so a
 * draft sent twice makes one report. */
export type ReportDraft = {
  key: string;
  fields: DraftFields;
  files: DraftFile[];
  send: boolean;
  savedAt: number;
};

export const EMPTY_FIELDS: DraftFields = {
  kind: 'PROBLEM',
  area: '',
  concernedUnitId: '',
  behaviour: '',
  occurredOn: '',
  title: '',
  body: '',
  violationCategoryIds: [],
  major: false,
  officialsInvolved: false,
};

/** A random key. `crypto.randomUUID` needs HTTPS, and county intranets often serve HTTP. */
export function randomKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Today in the phone's time zone, as a date input holds it. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newDraft(): ReportDraft {
  return {
    key: randomKey(),
    fields: { ...EMPTY_FIELDS, occurredOn: today() },
    files: [],
    send: false,
    savedAt: Date.now(),
  };
}

const storeKey = (accountId: string) => `watchpost:report-draft:${accountId}`;

export function loadDraft(accountId: string): Promise<ReportDraft | undefined> {
  return get<ReportDraft>(storeKey(accountId));
}

export function saveDraft(accountId: string, draft: ReportDraft): Promise<void> {
  return set(storeKey(accountId), { ...draft, savedAt: Date.now() });
}

export function discardDraft(accountId: string): Promise<void> {
  return del(storeKey(accountId));
}

/** How far each file of the draft being sent has got, by file id. */
export type Progress = Record<string, { sent: number; total: number }>;

/** A failure that waiting will mend (no connection, the server briefly away), unlike a
 * refusal the person must act on. */
export function waitsForConnection(error: unknown): boolean {
  if (error instanceof ServerError) return ['UNAVAILABLE', 'TIMEOUT', 'INTERNAL', 'HTTP'].includes(error.code);
  if (error instanceof DetailedError) {
    const status = error.originalResponse?.getStatus() ?? 0;
    return status === 0 || status >= 500;
  }
  return error instanceof TypeError || !navigator.onLine;
}

/** The server's refusal of a file, in the person's words. */
function uploadRefusal(error: DetailedError, name: string): ServerError {
  const status = error.originalResponse?.getStatus() ?? 0;
  let message = `“${name}”上传失败。`;
  try {
    const body = JSON.parse(error.originalResponse?.getBody() ?? '{}');
    message = `“${name}”：${body.errors?.[0]?.message ?? message}`;
  } catch {
    // not JSON: keep the plain message
  }
  return new ServerError(message, status === 413 || status === 400 ? 'VALIDATION' : 'HTTP');
}

function upload(
  file: DraftFile,
  onUrl: (url: string) => void,
  onProgress: (sent: number, total: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const sending = new Upload(file.file, {
      endpoint: '/uploads',
      uploadUrl: file.uploadUrl ?? null,
      chunkSize: 1024 * 1024,
      retryDelays: [0, 1000, 3000],
      headers: { [CSRF_HEADER]: '1' },
      metadata: { filename: file.name, filetype: file.type },
      // The draft keeps the address itself (below), with the file.
      storeFingerprintForResuming: false,
      onUploadUrlAvailable: () => {
        if (sending.url) onUrl(sending.url);
      },
      onProgress,
      onSuccess: () => resolve(sending.url ?? ''),
      onError: (error) =>
        reject(error instanceof DetailedError && !waitsForConnection(error) ? uploadRefusal(error, file.name) : error),
    });
    sending.start();
  });
}

const submitMutation = graphql`
  mutation draftSubmitMutation($input: SubmitReportInput!) {
    submitReport(input: $input) {
      report {
        id
        status
      }
    }
  }
`;

function submit(environment: Environment, input: SubmitReportInput): Promise<string> {
  return new Promise((resolve, reject) => {
    commitMutation<draftSubmitMutation>(environment, {
      mutation: submitMutation,
      variables: { input },
      onCompleted: (response, errors) =>
        errors?.length
          ? reject(new ServerError(errors[0].message, 'INTERNAL'))
          : resolve(response.submitReport.report.id),
      onError: reject,
    });
  });
}

function inputOf(draft: ReportDraft, uploads: string[]): SubmitReportInput {
  const f = draft.fields;
  const recorded = draft.files.some((file) => /^(audio|video)\//.test(file.type));
  return {
    kind: f.kind as SubmitReportInput['kind'],
    area: f.area as SubmitReportInput['area'],
    title: f.title,
    body: f.body,
    occurredOn: f.occurredOn || null,
    concernedUnitId: f.concernedUnitId || null,
    behaviour: (f.behaviour || null) as SubmitReportInput['behaviour'],
    violationCategoryIds: f.violationCategoryIds,
    major: f.major,
    officialsInvolved: f.officialsInvolved,
    channel: recorded ? 'AUDIO_VIDEO' : 'TEXT',
    uploads,
    draftKey: draft.key,
  };
}

let inFlight: Promise<string> | null = null;

/** Sends the draft: each file not yet on the server (resuming a broken upload), then the
 * report. The draft is discarded once the report is made, and kept, with how far its files
 * got, if anything fails. One send at a time in a tab. */
export function sendDraft(
  environment: Environment,
  accountId: string,
  draft: ReportDraft,
  onProgress: (progress: Progress) => void,
): Promise<string> {
  if (inFlight) return inFlight;
  const progress: Progress = {};
  let current: ReportDraft = { ...draft, send: true, files: draft.files.map((f) => ({ ...f })) };
  const run = async (): Promise<string> => {
    await saveDraft(accountId, current);
    for (const file of current.files) {
      progress[file.id] = { sent: file.uploaded ? file.file.size : 0, total: file.file.size };
    }
    onProgress({ ...progress });
    for (const file of current.files) {
      if (file.uploaded) continue;
      const url = await upload(
        file,
        (address) => {
          file.uploadUrl = address;
          void saveDraft(accountId, current);
        },
        (sent, total) => {
          progress[file.id] = { sent, total };
          onProgress({ ...progress });
        },
      );
      file.uploadUrl = url;
      file.uploaded = true;
      current = { ...current };
      await saveDraft(accountId, current);
    }
    const tokens = current.files.map((file) => (file.uploadUrl ?? '').split('/').pop() ?? '');
    const id = await submit(environment, inputOf(current, tokens));
    await discardDraft(accountId);
    return id;
  };
  const attempt = async (): Promise<string> => {
    try {
      return await run();
    } catch (error) {
      // Uploads the server no longer keeps (a day old): send the files again, once.
      if (error instanceof ServerError && error.field === 'uploads' && current.files.some((f) => f.uploaded)) {
        current = { ...current, files: current.files.map((f) => ({ ...f, uploaded: false, uploadUrl: undefined })) };
        return run();
      }
      throw error;
    }
  };
  inFlight = attempt()
    .catch(async (error) => {
      // A refusal waits for the person, not for the connection: no sending it again by itself.
      if (!waitsForConnection(error)) await saveDraft(accountId, { ...current, send: false });
      throw error;
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

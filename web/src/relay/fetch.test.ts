import { describe, expect, it } from 'vitest';
import { multipartBody, responseError, ServerError } from './fetch';

describe('the server’s answers', () => {
  it('are data when there is data, whatever errors of single fields came with it', () => {
    expect(responseError(200, { data: { viewer: null }, errors: [{ message: 'x' }] }, null)).toBeNull();
  });

  it('carry the code and the field of a refusal', () => {
    const error = responseError(
      200,
      { data: null, errors: [{ message: 'the reason is empty', extensions: { code: 'VALIDATION', field: 'reason' } }] },
      null,
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'reason', message: 'the reason is empty' });
  });

  it('say how long to wait when rate limited', () => {
    const error = responseError(429, { errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED' } }] }, '7');
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 7 });
  });

  it('are an internal error when the body says nothing', () => {
    expect(responseError(502, {}, null)).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('uploads', () => {
  it('follow the GraphQL multipart request spec', async () => {
    const file = new File(['%PDF-1.4'], '整改报告.pdf', { type: 'application/pdf' });
    const form = multipartBody(
      'mutation M($input: ReplyAssignmentInput!) { x }',
      { input: { attachments: [null] } },
      {
        'input.attachments.0': file,
      },
    );
    expect(JSON.parse(String(form.get('operations')))).toEqual({
      query: 'mutation M($input: ReplyAssignmentInput!) { x }',
      variables: { input: { attachments: [null] } },
    });
    expect(JSON.parse(String(form.get('map')))).toEqual({ 0: ['variables.input.attachments.0'] });
    expect(await (form.get('0') as File).text()).toBe('%PDF-1.4');
  });
});

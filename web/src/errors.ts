import { ServerError } from './relay/fetch';

/** What to tell the person when the server refused: its own message where it explains the
 * rule (it knows the rule), a plain sentence where the code says enough. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ServerError)) {
    return '网络连接异常，请检查网络后重试。';
  }
  switch (error.code) {
    case 'RATE_LIMITED':
      return error.retryAfterSeconds
        ? `操作过于频繁，请 ${error.retryAfterSeconds} 秒后再试。`
        : '尝试次数过多，请稍后再试。';
    case 'UNAVAILABLE':
    case 'TIMEOUT':
      return '服务器繁忙，请稍后重试。';
    case 'FORBIDDEN':
      return '您没有权限进行此操作。';
    case 'NOT_FOUND':
      return '该记录不存在或您无权查看。';
    case 'INTERNAL':
      return '服务器内部错误，请联系管理员。';
    case 'INVALID_TRANSITION':
      return '该记录的状态已经变化，页面已刷新，请核对后再操作。';
    case 'VALIDATION':
      return `填写有误：${error.message}`;
    case 'CONFLICT':
      return `与现有记录冲突：${error.message}`;
    default:
      return error.message;
  }
}

/** The sign-in page's messages. */
export function signInMessage(error: unknown): string {
  if (error instanceof ServerError) {
    if (error.code === 'UNAUTHENTICATED') return '用户名或密码错误。';
    if (error.code === 'RATE_LIMITED') {
      return '登录失败次数过多，账号已暂时锁定，请稍后再试。如忘记密码，请联系县优化办重置。';
    }
  }
  return errorMessage(error);
}

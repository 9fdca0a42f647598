import { Button, Result } from 'antd';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';
import { errorMessage } from '../errors';

/** A page that failed to load, or an address that leads nowhere. */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const missing = error === undefined || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <Result
      status={missing ? '404' : 'error'}
      title={missing ? '页面不存在' : '页面加载失败'}
      subTitle={missing ? '您访问的地址不存在。' : errorMessage(error)}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回首页
        </Button>
      }
    />
  );
}

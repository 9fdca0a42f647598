import { Navigate } from 'react-router';
import { homeOf } from '../access';
import { useRole } from './useRole';

/** `/` opens the first area of the person's role. */
export function HomeRedirect() {
  const role = useRole();
  return <Navigate replace to={role ? homeOf(role) : '/login'} />;
}

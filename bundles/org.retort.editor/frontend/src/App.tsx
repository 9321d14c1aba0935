import { lazy, Suspense, useEffect } from 'react';
import { AuthProvider, useAuth } from './ui/auth';
import { ForgotPasswordPage, LoginPage, RegisterPage, ResetPasswordPage, VerifyPage } from './pages/AuthPages';
import { Link, navigate, useLocation } from './ui/router';

const EditorPage = lazy(() => import('./editor/components/EditorPage'));
const RunsPage = lazy(() => import('./pages/RunsPage'));
const DatasetsPage = lazy(() => import('./pages/DatasetsPage'));
const ModelsPage = lazy(() => import('./pages/ModelsPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));

const PUBLIC: Record<string, () => React.ReactElement> = {
  '/login': () => <LoginPage />,
  '/register': () => <RegisterPage />,
  '/forgot-password': () => <ForgotPasswordPage />,
  '/reset-password': () => <ResetPasswordPage />,
  '/verify': () => <VerifyPage />,
};

export function App() {
  return (
    <AuthProvider>
      <Shell />
    </AuthProvider>
  );
}

function Shell() {
  const { me, loading, can } = useAuth();
  const { path } = useLocation();
  const publicPage = PUBLIC[path];
  const isAdmin = can('admin:users') || can('admin:plugins') || can('admin:audit');

  useEffect(() => {
    const names: Record<string, string> = {
      '/': 'Editor', '/editor': 'Editor', '/runs': 'Runs', '/datasets': 'Datasets', '/models': 'Models', '/admin': 'Administration',
      '/account': 'Account', '/login': 'Log in', '/register': 'Create an account', '/forgot-password': 'Forgot password',
      '/reset-password': 'Reset password', '/verify': 'Verify email',
    };
    document.title = `${names[path] ?? 'Not found'} · Retort`;
  }, [path]);

  useEffect(() => {
    if (!loading && !me && !publicPage) {
      const here = location.pathname + location.search;
      navigate(here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`, { replace: true });
    }
    if (!loading && me && path === '/login') navigate('/', { replace: true });
  }, [loading, me, publicPage, path]);

  if (loading) return <p className="loading" role="status">Loading…</p>;
  if (publicPage) return publicPage();
  if (!me) return null;

  let page: React.ReactElement;
  if (path === '/' || path === '/editor') page = <EditorPage />;
  else if (path === '/runs') page = <RunsPage />;
  else if (path === '/datasets') page = <DatasetsPage />;
  else if (path === '/models') page = <ModelsPage />;
  else if (path === '/admin' && isAdmin) page = <AdminPage />;
  else if (path === '/account') page = <AccountPage />;
  else page = (
    <main id="main" className="page">
      <h1>Not found</h1>
      <p>There is no page at {path}. <Link to="/">Open the editor</Link>.</p>
    </main>
  );

  return (
    <div className="app">
      <a href="#main" className="skip-link">Skip to content</a>
      <TopNav isAdmin={isAdmin} />
      <Suspense fallback={<p className="loading" role="status">Loading…</p>}>{page}</Suspense>
    </div>
  );
}

function TopNav({ isAdmin }: { isAdmin: boolean }) {
  const { me, logout } = useAuth();
  const { path } = useLocation();
  const links: [string, string, string][] = [
    ['/', 'Editor', 'nav-editor'],
    ['/runs', 'Runs', 'nav-runs'],
    ['/datasets', 'Datasets', 'nav-datasets'],
    ['/models', 'Models', 'nav-models'],
  ];
  if (isAdmin) links.push(['/admin', 'Admin', 'nav-admin']);
  const current = (to: string) => (to === '/' ? path === '/' || path === '/editor' : path === to);
  return (
    <header className="topnav">
      <span className="brand">
        <span aria-hidden="true">⚗</span> Retort
      </span>
      <nav aria-label="Main">
        <ul>
          {links.map(([to, label, id]) => (
            <li key={to}>
              <Link to={to} data-testid={id} aria-current={current(to) ? 'page' : undefined}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      <span className="spacer" />
      <Link to="/account" data-testid="nav-account" aria-current={path === '/account' ? 'page' : undefined}>
        {me?.user.username} · API keys
      </Link>
      <button type="button" data-testid="logout" onClick={async () => { await logout(); navigate('/login'); }}>Log out</button>
    </header>
  );
}

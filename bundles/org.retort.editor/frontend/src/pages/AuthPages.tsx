import { useState, type FormEvent } from 'react';
import { auth } from '../api/endpoints';
import { useAuth } from '../ui/auth';
import { ErrorMessage, Notice } from '../ui/ErrorMessage';
import { Link, navigate, useLocation } from '../ui/router';
import { useAction } from '../ui/useAsync';

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="auth-card" id="main">
      <h1>
        <span aria-hidden="true">⚗</span> Retort
      </h1>
      <h2>{title}</h2>
      {children}
    </main>
  );
}

export function LoginPage() {
  const { loggedIn } = useAuth();
  const { query } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const me = await run(() => auth.login(username, password));
    if (me) {
      loggedIn(me);
      const next = query.get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    }
  };
  return (
    <Card title="Log in">
      <form onSubmit={submit} data-testid="login-form" className="stack">
        <label>
          Username
          <input name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} data-testid="login-username" autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} data-testid="login-password" />
        </label>
        <ErrorMessage error={error} testId="login-error" />
        <button type="submit" className="primary" disabled={busy} data-testid="login-submit">
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <p className="links">
        <Link to="/register" data-testid="link-register">Create an account</Link> · <Link to="/forgot-password" data-testid="link-forgot">Forgot your password?</Link>
      </p>
    </Card>
  );
}

export function RegisterPage() {
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const resend = useAction();
  const [resent, setResent] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = await run(() => auth.register(username, email, password));
    if (answer) setSent(answer.message);
  };
  if (sent !== null) {
    return (
      <Card title="Check your email">
        <div data-testid="register-check-email" className="stack">
          <Notice>{sent || `We sent a verification link to ${email}.`}</Notice>
          <p>Follow the link in the message within 24 hours to verify your address, then log in. No message? Look in your spam folder, or ask for a new link.</p>
          <button type="button" disabled={resend.busy} data-testid="register-resend"
            onClick={async () => { if (await resend.run(() => auth.resendVerification(email).then(() => true))) setResent(true); }}>
            Send the link again
          </button>
          {resent ? <Notice>A new link is on its way; earlier links no longer work.</Notice> : null}
          <ErrorMessage error={resend.error} />
          <Link to="/login">Back to log in</Link>
        </div>
      </Card>
    );
  }
  return (
    <Card title="Create an account">
      <form onSubmit={submit} className="stack" data-testid="register-form">
        <label>
          Username
          <input autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} data-testid="register-username" />
        </label>
        <label>
          Email
          <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} data-testid="register-email" />
        </label>
        <label>
          Password
          <input type="password" autoComplete="new-password" required minLength={12} aria-describedby="pw-help" value={password} onChange={(e) => setPassword(e.target.value)} data-testid="register-password" />
        </label>
        <p id="pw-help" className="help">At least 12 characters; not a common password, and not containing your username or email name.</p>
        <ErrorMessage error={error} testId="register-error" />
        <button type="submit" className="primary" disabled={busy} data-testid="register-submit">Create account</button>
      </form>
      <p className="links">
        <Link to="/login">I have an account</Link>
      </p>
    </Card>
  );
}

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => auth.forgotPassword(email).then(() => true))) setSent(true);
  };
  return (
    <Card title="Forgot your password?">
      {sent ? (
        <div className="stack" data-testid="forgot-sent">
          <Notice>If an account has the address {email}, a message with a reset link is on its way. The link works for one hour.</Notice>
          <Link to="/reset-password">I have a reset token</Link>
        </div>
      ) : (
        <form onSubmit={submit} className="stack" data-testid="forgot-form">
          <label>
            Email
            <input type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} data-testid="forgot-email" />
          </label>
          <ErrorMessage error={error} />
          <button type="submit" className="primary" disabled={busy} data-testid="forgot-submit">Send a reset link</button>
        </form>
      )}
      <p className="links">
        <Link to="/login">Back to log in</Link>
      </p>
    </Card>
  );
}

export function ResetPasswordPage() {
  const { query } = useLocation();
  const [token, setToken] = useState(query.get('token') ?? '');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, setError, run } = useAction();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== repeat) {
      setError(new Error('The two passwords differ.'));
      return;
    }
    if (await run(() => auth.resetPassword(token, password).then(() => true))) setDone(true);
  };
  return (
    <Card title="Choose a new password">
      {done ? (
        <div className="stack" data-testid="reset-done">
          <Notice>Your password is changed; every session of the account has ended.</Notice>
          <Link to="/login">Log in</Link>
        </div>
      ) : (
        <form onSubmit={submit} className="stack" data-testid="reset-form">
          <label>
            Reset token
            <input required value={token} onChange={(e) => setToken(e.target.value)} data-testid="reset-token" />
          </label>
          <label>
            New password
            <input type="password" autoComplete="new-password" required minLength={12} value={password} onChange={(e) => setPassword(e.target.value)} data-testid="reset-password" />
          </label>
          <label>
            New password again
            <input type="password" autoComplete="new-password" required value={repeat} onChange={(e) => setRepeat(e.target.value)} data-testid="reset-password-repeat" />
          </label>
          <ErrorMessage error={error} />
          <button type="submit" className="primary" disabled={busy} data-testid="reset-submit">Set the password</button>
        </form>
      )}
    </Card>
  );
}

export function VerifyPage() {
  const { query } = useLocation();
  const [token, setToken] = useState(query.get('token') ?? '');
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  return (
    <Card title="Verify your email address">
      {done ? (
        <div className="stack" data-testid="verify-done">
          <Notice>Your address is verified. You can log in now.</Notice>
          <Link to="/login">Log in</Link>
        </div>
      ) : (
        <form className="stack" onSubmit={async (e) => { e.preventDefault(); if (await run(() => auth.verify(token).then(() => true))) setDone(true); }}>
          <label>
            Verification token
            <input required value={token} onChange={(e) => setToken(e.target.value)} data-testid="verify-token" />
          </label>
          <ErrorMessage error={error} />
          <button type="submit" className="primary" disabled={busy} data-testid="verify-submit">Verify</button>
        </form>
      )}
    </Card>
  );
}

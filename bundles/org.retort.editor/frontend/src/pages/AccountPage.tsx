import { useState, type FormEvent } from 'react';
import { auth } from '../api/endpoints';
import { useAuth } from '../ui/auth';
import { ErrorMessage, Notice } from '../ui/ErrorMessage';
import { useAction, useAsync } from '../ui/useAsync';
import { when } from '../ui/WorkspacePicker';

function ApiKeys() {
  const { data, error, reload } = useAsync(() => auth.apiKeys(), []);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const action = useAction();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const res = await action.run(() => auth.createApiKey(name));
    if (res) {
      setCreated({ key: res.key, name: res.apiKey.name });
      setName('');
      reload();
    }
  };
  return (
    <section aria-labelledby="keys-h" data-testid="api-keys">
      <h2 id="keys-h">API keys</h2>
      <p className="help">Scripts send a key as <code>Authorization: Bearer rtk_…</code>; it acts with your roles.</p>
      <form className="row" onSubmit={create}>
        <label className="inline">Name<input required value={name} onChange={(e) => setName(e.target.value)} data-testid="api-key-name" /></label>
        <button type="submit" disabled={action.busy} data-testid="api-key-create">Create key</button>
      </form>
      <ErrorMessage error={error ?? action.error} />
      {created ? (
        <div className="notice" role="status" data-testid="api-key-created">
          <p><strong>Copy the key “{created.name}” now: it is not shown again.</strong></p>
          <label>
            Key
            <input readOnly value={created.key} onFocus={(e) => e.target.select()} data-testid="api-key-value" />
          </label>
          <div className="row">
            <button type="button" onClick={() => void navigator.clipboard?.writeText(created.key)}>Copy</button>
            <button type="button" onClick={() => setCreated(null)}>Done</button>
          </div>
        </div>
      ) : null}
      <table className="data">
        <thead><tr><th scope="col">Name</th><th scope="col">Prefix</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {data?.length === 0 ? <tr><td colSpan={6}>No keys.</td></tr> : null}
          {data?.map((k) => (
            <tr key={k.id} data-testid={`api-key-row-${k.name}`}>
              <td>{k.name}</td><td><code>rtk_{k.prefix}_…</code></td><td>{when(k.createdAt)}</td><td>{when(k.lastUsedAt)}</td>
              <td>{k.revokedAt ? `✗ revoked ${when(k.revokedAt)}` : '✓ active'}</td>
              <td>{!k.revokedAt ? (
                <button type="button" className="danger" onClick={async () => {
                  if (!window.confirm(`Revoke the key “${k.name}”? Scripts using it stop working.`)) return;
                  if (await action.run(async () => { await auth.revokeApiKey(k.id); return true; })) reload();
                }} data-testid={`api-key-revoke-${k.name}`}>Revoke</button>
              ) : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  const { refresh } = useAuth();
  return (
    <section aria-labelledby="pw-h">
      <h2 id="pw-h">Password</h2>
      <form className="stack narrow" onSubmit={async (e) => {
        e.preventDefault();
        if (await action.run(async () => { await auth.changePassword(current, next); return true; })) {
          setDone(true);
          setCurrent('');
          setNext('');
          await refresh();
        }
      }}>
        <label>Current password<input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} /></label>
        <label>New password<input type="password" autoComplete="new-password" required minLength={12} value={next} onChange={(e) => setNext(e.target.value)} /></label>
        <ErrorMessage error={action.error} />
        {done ? <Notice>Password changed; other sessions have ended.</Notice> : null}
        <button type="submit" disabled={action.busy}>Change password</button>
      </form>
    </section>
  );
}

export default function AccountPage() {
  const { me } = useAuth();
  return (
    <main id="main" className="page">
      <h1>Your account</h1>
      <p>{me?.user.username} · {me?.user.email} · roles: {me?.user.roles.join(', ').toLowerCase()}</p>
      <ApiKeys />
      <ChangePassword />
    </main>
  );
}

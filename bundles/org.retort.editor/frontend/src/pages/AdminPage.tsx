import { useState, type FormEvent } from 'react';
import { admin } from '../api/endpoints';
import type { User } from '../api/types';
import { useAuth } from '../ui/auth';
import { ErrorMessage, Notice } from '../ui/ErrorMessage';
import { useAction, useAsync } from '../ui/useAsync';
import { when } from '../ui/WorkspacePicker';
import { Pager } from './RunsPage';

const ROLES = ['ADMIN', 'OPERATOR', 'SCIENTIST', 'VIEWER'];

function RolesEditor({ user, onSaved }: { user: User; onSaved(u: User): void }) {
  const [roles, setRoles] = useState<string[]>(user.roles);
  const action = useAction();
  const changed = roles.slice().sort().join() !== user.roles.slice().sort().join();
  return (
    <fieldset className="roles">
      <legend className="visually-hidden">Roles of {user.username}</legend>
      {ROLES.map((r) => (
        <label key={r} className="check">
          <input type="checkbox" checked={roles.includes(r)} onChange={(e) => setRoles(e.target.checked ? [...roles, r] : roles.filter((x) => x !== r))} data-testid={`user-role-${user.username}-${r}`} />
          {r.toLowerCase()}
        </label>
      ))}
      {changed ? (
        <button type="button" disabled={action.busy} onClick={async () => { const u = await action.run(() => admin.setRoles(user.id, roles)); if (u) onSaved(u); }} data-testid={`user-roles-save-${user.username}`}>Save roles</button>
      ) : null}
      <ErrorMessage error={action.error} />
    </fieldset>
  );
}

function Users() {
  const [offset, setOffset] = useState(0);
  const { data, error, reload } = useAsync(() => admin.users(offset, 50), [offset]);
  const action = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [form, setForm] = useState({ username: '', email: '', password: '', roles: ['SCIENTIST'] });
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const u = await action.run(() => admin.createUser(form));
    if (u) {
      setNotice(`Created ${u.username}.`);
      setForm({ username: '', email: '', password: '', roles: ['SCIENTIST'] });
      reload();
    }
  };
  const act = async (label: string, call: () => Promise<unknown>) => {
    if (await action.run(async () => { await call(); return true; })) {
      setNotice(label);
      reload();
    }
  };
  return (
    <section aria-labelledby="users-h" data-testid="admin-users">
      <h2 id="users-h">Users and roles</h2>
      <ErrorMessage error={error ?? action.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      <table className="data">
        <thead><tr><th scope="col">User</th><th scope="col">Email</th><th scope="col">Roles</th><th scope="col">State</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {data?.items.map((u) => (
            <tr key={u.id} data-testid={`user-row-${u.username}`}>
              <td>{u.username}</td>
              <td>{u.email}</td>
              <td><RolesEditor user={u} onSaved={(x) => { setNotice(`Roles of ${x.username}: ${x.roles.join(', ').toLowerCase()}.`); reload(); }} /></td>
              <td>{u.verified ? '✓ verified' : '✉ not verified'}{u.lockedUntil ? <div>🔒 locked until {when(u.lockedUntil)}</div> : null}</td>
              <td className="actions">
                {!u.verified ? <button type="button" onClick={() => void act(`Verified ${u.username}.`, () => admin.verify(u.id))}>Verify</button> : null}
                {u.lockedUntil ? <button type="button" onClick={() => void act(`Unlocked ${u.username}.`, () => admin.unlock(u.id))}>Unlock</button> : null}
                <button type="button" className="danger" onClick={() => { if (window.confirm(`Delete the account ${u.username}? Its API keys stop working.`)) void act(`Deleted ${u.username}.`, () => admin.deleteUser(u.id)); }} data-testid={`user-delete-${u.username}`}>Delete</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data ? <Pager offset={offset} limit={50} total={data.total} onChange={setOffset} /> : null}
      <h3>New account</h3>
      <form className="row wrap" onSubmit={create} data-testid="user-create-form">
        <label>Username<input required value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} data-testid="user-new-username" /></label>
        <label>Email<input type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} data-testid="user-new-email" /></label>
        <label>Password<input type="password" autoComplete="new-password" required minLength={12} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} data-testid="user-new-password" /></label>
        <label>Role
          <select value={form.roles[0]} onChange={(e) => setForm({ ...form, roles: [e.target.value] })} data-testid="user-new-role">
            {ROLES.map((r) => <option key={r} value={r}>{r.toLowerCase()}</option>)}
          </select>
        </label>
        <button type="submit" disabled={action.busy} data-testid="user-create">Create</button>
      </form>
    </section>
  );
}

function Plugins() {
  const { data, error, reload } = useAsync(() => admin.plugins(), []);
  const action = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const shown = (data ?? []).filter((p) => all || p.deployed || p.nodeTypes.length > 0);
  return (
    <section aria-labelledby="plugins-h" data-testid="admin-plugins">
      <h2 id="plugins-h">Plugin bundles</h2>
      <form className="row" onSubmit={async (e) => {
        e.preventDefault();
        if (!file) return;
        const res = await action.run(() => admin.deployPlugin(file));
        if (res) {
          setNotice(res.message);
          setFile(null);
          setTimeout(reload, 3000);
        }
      }}>
        <label>Plugin jar<input type="file" accept=".jar" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="plugin-upload-file" /></label>
        <button type="submit" disabled={!file || action.busy} data-testid="plugin-upload">Deploy</button>
        <button type="button" onClick={reload} data-testid="plugins-refresh">Refresh</button>
        <label className="check"><input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show every bundle of the system</label>
      </form>
      <ErrorMessage error={error ?? action.error} />
      {notice ? <Notice>{notice}</Notice> : null}
      <table className="data" data-testid="plugins-table">
        <thead><tr><th scope="col">Bundle</th><th scope="col">Version</th><th scope="col">State</th><th scope="col">Node types</th><th scope="col">Actions</th></tr></thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.id} data-testid={`plugin-row-${p.symbolicName}`}>
              <td>{p.symbolicName}{p.deployed ? <div className="muted">deployed: {p.file}</div> : null}</td>
              <td>{p.version}</td>
              <td><span className={`status status-${p.state.toLowerCase()}`}>{p.state === 'ACTIVE' ? '✓ ' : '• '}{p.state.toLowerCase()}</span></td>
              <td>{p.nodeTypes.length ? <ul className="plain">{p.nodeTypes.map((t) => <li key={t}><code>{t}</code></li>)}</ul> : <span className="muted">none</span>}</td>
              <td>{p.deployed ? <button type="button" className="danger" onClick={async () => {
                if (!window.confirm(`Remove ${p.symbolicName}? Workflows using its node types will wait for it.`)) return;
                if (await action.run(async () => { await admin.removePlugin(p.symbolicName); return true; })) { setNotice(`Removed ${p.symbolicName}.`); setTimeout(reload, 2000); }
              }} data-testid={`plugin-remove-${p.symbolicName}`}>Remove</button> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Audit() {
  const [actor, setActor] = useState('');
  const [actionName, setActionName] = useState('');
  const [offset, setOffset] = useState(0);
  const { data, error } = useAsync(() => admin.audit({ actor, action: actionName, offset, limit: 50 }), [actor, actionName, offset]);
  return (
    <section aria-labelledby="audit-h" data-testid="admin-audit">
      <h2 id="audit-h">Audit log</h2>
      <div className="row">
        <label className="inline">Actor<input value={actor} onChange={(e) => { setActor(e.target.value); setOffset(0); }} data-testid="audit-actor" /></label>
        <label className="inline">Action<input value={actionName} onChange={(e) => { setActionName(e.target.value); setOffset(0); }} placeholder="e.g. login" data-testid="audit-action" /></label>
      </div>
      <ErrorMessage error={error} />
      <table className="data small">
        <thead><tr><th scope="col">When</th><th scope="col">Action</th><th scope="col">Actor</th><th scope="col">Target</th><th scope="col">Detail</th><th scope="col">Address</th></tr></thead>
        <tbody>
          {data?.items.map((e) => (
            <tr key={e.id}><td>{when(e.at)}</td><td>{e.action}</td><td><code>{e.actor ?? ''}</code></td><td>{e.target ?? ''}</td><td>{e.detail ?? ''}</td><td>{e.ip ?? ''}</td></tr>
          ))}
        </tbody>
      </table>
      {data ? <Pager offset={offset} limit={50} total={data.total} onChange={setOffset} /> : null}
    </section>
  );
}

export default function AdminPage() {
  const { can } = useAuth();
  const tabs = [
    can('admin:users') ? ['users', 'Users and roles'] : null,
    can('admin:plugins') ? ['plugins', 'Plugins'] : null,
    can('admin:audit') ? ['audit', 'Audit log'] : null,
  ].filter((t): t is string[] => t !== null);
  const [tab, setTab] = useState(tabs[0]?.[0] ?? 'users');
  return (
    <main id="main" className="page">
      <h1>Administration</h1>
      <div className="tabs" role="tablist" aria-label="Administration">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} onClick={() => setTab(id)} data-testid={`admin-tab-${id}`}>{label}</button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'users' ? <Users /> : tab === 'plugins' ? <Plugins /> : <Audit />}
      </div>
    </main>
  );
}

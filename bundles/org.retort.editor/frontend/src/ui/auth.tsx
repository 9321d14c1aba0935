import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, onUnauthorized, setCsrfToken } from '../api/client';
import { auth } from '../api/endpoints';
import type { Me } from '../api/types';

/** Whether a permission list (from /auth/me) grants `wanted` (`*`, `workflows:*`, `nodes:read`). */
export function grants(permissions: readonly string[], wanted: string): boolean {
  return permissions.some((p) => p === '*' || p === wanted || (p.endsWith(':*') && wanted.startsWith(p.slice(0, -1))));
}

interface AuthState {
  me: Me | null;
  loading: boolean;
  can(permission: string): boolean;
  loggedIn(me: Me): void;
  logout(): Promise<void>;
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const who = await auth.me();
      setCsrfToken(who.csrfToken);
      setMe(who);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 401) console.warn('auth/me failed', e);
      setCsrfToken(null);
      setMe(null);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onUnauthorized(() => {
      setCsrfToken(null);
      setMe(null);
    });
  }, [refresh]);

  const value = useMemo<AuthState>(() => ({
    me,
    loading,
    can: (permission) => !!me && grants(me.permissions, permission),
    loggedIn: (who) => {
      setCsrfToken(who.csrfToken);
      setMe(who);
    },
    logout: async () => {
      try {
        await auth.logout();
      } catch {
        // the session is over for this page either way
      } finally {
        setCsrfToken(null);
        setMe(null);
      }
    },
    refresh,
  }), [me, loading, refresh]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

import { describeError } from '../api/client';

/** A failed request as a person reads it: the problem's title and detail, announced to screen readers. */
export function ErrorMessage({ error, testId = 'error' }: { error: unknown; testId?: string }) {
  if (!error) return null;
  const { title, detail } = describeError(error);
  return (
    <div className="error" role="alert" data-testid={testId}>
      <span aria-hidden="true" className="icon">⚠</span> <strong>{title}</strong>
      {detail ? <span>: {detail}</span> : null}
    </div>
  );
}

export function Notice({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <div className="notice" role="status" data-testid={testId}>
      <span aria-hidden="true" className="icon">✓</span> {children}
    </div>
  );
}

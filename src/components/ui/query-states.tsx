import type { ReactNode } from 'react';
import { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <p className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('state.loading')}
    </p>
  );
}

function useErrorMessage(error: unknown): string {
  const { t } = useI18n();
  if (!(error instanceof ApiError)) return t('state.unknown');
  switch (error.kind) {
    case 'network':
      return t('state.network');
    case 'notFound':
      return t('state.notFound');
    case 'forbidden':
      return t('state.forbidden');
    case 'unauthorized':
      return t('state.unauthorized');
    case 'invalidResponse':
      return t('state.invalidResponse');
    default:
      return t('state.server');
  }
}

/** Says what went wrong in the reader's language and offers a retry when one can help. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const message = useErrorMessage(error);
  return (
    <div className="state state--error" role="alert">
      <h2>{t('state.errorTitle')}</h2>
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state--empty" role="status">
      <p>{children}</p>
      {action}
    </div>
  );
}

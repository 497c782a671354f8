import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function ErrorNotice({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="notice error">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <pre className="error-detail">{error.message}</pre>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}

/** Keeps a failing view from blanking the whole app; the store and other views stay usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? <ErrorNotice error={this.state.error} /> : this.props.children;
  }
}

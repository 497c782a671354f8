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

/**
 * Keeps a failing view from blanking the whole app; the store and other views stay usable. A new
 * `resetKey` (the address) clears the error without remounting a view that did not fail.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    if (this.state.error !== null && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    return this.state.error ? <ErrorNotice error={this.state.error} /> : this.props.children;
  }
}

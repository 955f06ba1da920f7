import { t } from '@grafana/i18n';
import { Alert, Button, LinkButton, Stack } from '@grafana/ui';
import React, { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Where "back" goes (a page of the app); without it, the way back is to try again in place. */
  backHref?: string;
}

interface State {
  error?: Error;
}

/**
 * Catches what a page or the panel throws while rendering, so the rest of Grafana stays usable (as
 * metrics-drilldown's AppErrorBoundary). A chunk that failed to load (a new version deployed since the page
 * opened, a dropped connection) only a reload recovers; any other error shows its message and a way back.
 */
export class AppErrorBoundary extends Component<Props, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('KPI Scorecards:', error, info.componentStack);
  }

  private reset = () => this.setState({ error: undefined });

  render() {
    const { error } = this.state;
    if (!error) {
      return this.props.children;
    }
    if (isChunkLoadError(error)) {
      return (
        <Alert severity="warning" title={t('error-boundary.chunk-title', 'Part of the app could not be loaded')}>
          <Stack direction="column" alignItems="flex-start">
            {t(
              'error-boundary.chunk-text',
              'The app may have been updated since this page opened, or the connection dropped. Reloading the page fetches it again.'
            )}
            <Button icon="sync" onClick={() => window.location.reload()}>
              {t('error-boundary.reload', 'Reload the page')}
            </Button>
          </Stack>
        </Alert>
      );
    }
    return (
      <Alert severity="error" title={t('error-boundary.title', 'Something went wrong')}>
        <Stack direction="column" alignItems="flex-start">
          <span>{error.message || String(error)}</span>
          {this.props.backHref ? (
            <LinkButton variant="secondary" href={this.props.backHref} onClick={this.reset}>
              {t('error-boundary.back', 'Back to the catalog')}
            </LinkButton>
          ) : (
            <Button variant="secondary" onClick={this.reset}>
              {t('error-boundary.retry', 'Try again')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
}

/** webpack names a failed chunk's error ChunkLoadError; a failed CSS chunk or a browser's own wording only says so. */
export function isChunkLoadError(error: Error): boolean {
  return (
    error.name === 'ChunkLoadError' ||
    /Loading (CSS )?chunk [\w-]+ failed|dynamically imported module/i.test(error.message)
  );
}

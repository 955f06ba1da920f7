import { fireEvent, render, screen } from '@testing-library/react';
import React from 'react';

import { AppErrorBoundary, isChunkLoadError } from './AppErrorBoundary';

function chunkError(): Error {
  const error = new Error(
    'Loading chunk 123 failed.\n(error: https://grafana/public/plugins/kpi-scorecards-app/123.js)'
  );
  error.name = 'ChunkLoadError';
  return error;
}

let failWith: Error | undefined;
function MaybeThrows() {
  if (failWith) {
    throw failWith;
  }
  return <p>The page</p>;
}

function Layout({ backHref }: { backHref?: string }) {
  return (
    <>
      <nav>Grafana around the app</nav>
      <AppErrorBoundary backHref={backHref}>
        <MaybeThrows />
      </AppErrorBoundary>
    </>
  );
}

describe('AppErrorBoundary', () => {
  beforeEach(() => {
    failWith = undefined;
    // React reports a caught error on the console too; the boundary's own report is what it is for.
    jest.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => jest.restoreAllMocks());

  it('shows the message of what a page threw, with a way back, and the rest stays', () => {
    failWith = new Error('Cannot read the scorecard');
    render(<Layout backHref="/a/kpi-scorecards-app/catalog" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong');
    expect(screen.getByText('Cannot read the scorecard')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the catalog' })).toHaveAttribute(
      'href',
      '/a/kpi-scorecards-app/catalog'
    );
    expect(screen.getByText('Grafana around the app')).toBeInTheDocument();
    expect(screen.queryByText('The page')).not.toBeInTheDocument();
  });

  it('tries again in place when it has nowhere to go back to, as in a panel', () => {
    failWith = new Error('Boom');
    render(<Layout />);
    failWith = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The page')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('offers a reload when a chunk failed to load', () => {
    const reload = jest.fn();
    Object.defineProperty(window, 'location', { configurable: true, value: { ...window.location, reload } });
    failWith = chunkError();
    render(<Layout backHref="/a/kpi-scorecards-app/catalog" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Part of the app could not be loaded');
    expect(screen.getByText('Grafana around the app')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalled();
  });

  it('knows a failed chunk by its name or by what browsers say', () => {
    expect(isChunkLoadError(chunkError())).toBe(true);
    expect(isChunkLoadError(new Error('Loading CSS chunk 7 failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: x.js'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read the scorecard'))).toBe(false);
  });
});

import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it('prefers the server’s own words in a FetchError over the generic message', () => {
    const fetchError = { status: 400, statusText: 'Bad Request', data: { message: 'parse error at char 4' } };
    expect(errorMessage(fetchError, 'fallback')).toBe('parse error at char 4');
  });

  it('takes an Error’s message, then the HTTP status text', () => {
    expect(errorMessage(new Error('timed out after 30 s'), 'fallback')).toBe('timed out after 30 s');
    expect(errorMessage({ status: 502, statusText: 'Bad Gateway' }, 'fallback')).toBe('Bad Gateway');
  });

  it('says the fallback, never "undefined", when nothing carries a message', () => {
    expect(errorMessage(undefined, 'the query failed')).toBe('the query failed');
    expect(errorMessage({}, 'the query failed')).toBe('the query failed');
    expect(errorMessage('socket hang up', 'the query failed')).toBe('socket hang up');
    // A network failure: Grafana's FetchError with an empty status text and no body.
    expect(errorMessage({ status: -1, statusText: '', data: {} }, 'the query failed')).toBe('the query failed');
  });
});

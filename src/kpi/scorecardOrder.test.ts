import { orderScorecard } from './scorecardOrder';

const items = [
  { name: 'b on track', index: 0, status: 'on-track' as const },
  { name: 'a loading', index: 1 },
  { name: 'C off track', index: 2, status: 'off-track' as const },
  { name: 'd error', index: 3, status: 'error' as const },
  { name: 'e stale', index: 4, status: 'stale' as const },
  { name: 'f at risk', index: 5, status: 'at-risk' as const },
  { name: 'g off track', index: 6, status: 'off-track' as const },
];

describe('orderScorecard', () => {
  it('puts the worst first, catalog order among equals, loading last', () => {
    expect(orderScorecard(items, 'worst-first').map((i) => i.index)).toEqual([3, 2, 6, 4, 5, 0, 1]);
  });

  it('keeps catalog order', () => {
    expect(orderScorecard(items, 'catalog').map((i) => i.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('orders by name, ignoring case', () => {
    expect(orderScorecard(items, 'name').map((i) => i.name)).toEqual([
      'a loading',
      'b on track',
      'C off track',
      'd error',
      'e stale',
      'f at risk',
      'g off track',
    ]);
  });

  it('does not change its input', () => {
    const copy = [...items];
    orderScorecard(items, 'worst-first');
    expect(items).toEqual(copy);
  });
});

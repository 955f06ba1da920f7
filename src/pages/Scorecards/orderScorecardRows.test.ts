import { type CatalogRow, type RowStatus } from '../Catalog/catalogRows';
import { orderScorecardRows } from './orderScorecardRows';

let index = 0;
const row = (id: string, name: string, status: RowStatus): CatalogRow => ({
  id,
  index: index++,
  name,
  kpi: { id, name },
  errors: [],
  status,
});

describe('orderScorecardRows', () => {
  // In catalog order.
  const rows = [
    row('b', 'Bravo', 'on-track'),
    row('q', 'Query fails', 'error'),
    row('w', 'Waiting', 'loading'),
    row('i', 'Invalid', 'error'),
    row('a', 'Alpha', 'on-track'),
    row('o', 'Off', 'off-track'),
  ];
  const ids = (sorted: CatalogRow[]) => sorted.map((r) => r.id);

  it('worst first as the panel: a broken definition is an error among errors, in catalog order, loading last', () => {
    expect(ids(orderScorecardRows(rows, 'worst-first'))).toEqual(['q', 'i', 'o', 'b', 'a', 'w']);
  });

  it("honours the panel's other sorts", () => {
    expect(ids(orderScorecardRows(rows, 'catalog'))).toEqual(['b', 'q', 'w', 'i', 'a', 'o']);
    expect(ids(orderScorecardRows(rows, 'name'))).toEqual(['a', 'b', 'i', 'o', 'q', 'w']);
  });
});

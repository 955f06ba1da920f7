/** Card geometry the page size is computed from; a card's real height varies a little, the panel scrolls the rest. */
export const CARD_SIZE = {
  normal: { minWidth: 240, height: 200 },
  compact: { minWidth: 170, height: 88 },
};
export const GRID_GAP = 8;
const PAGINATION_HEIGHT = 40;
/** A card's horizontal padding and borders: what its content does not get of its width. */
export const CARD_PADDING = 30;
const TABLE_ROW_HEIGHT = 48;

/**
 * How many cards fit the panel: a page never renders more than the panel can show, so 200 KPIs cost one screen
 * of cards, not 200. At least one row, so a tiny panel still shows something.
 */
export function cardsPerPage(width: number, height: number, compact: boolean): number {
  const card = compact ? CARD_SIZE.compact : CARD_SIZE.normal;
  const columns = Math.max(1, Math.floor((width + GRID_GAP) / (card.minWidth + GRID_GAP)));
  const rows = Math.max(1, Math.floor((height - PAGINATION_HEIGHT + GRID_GAP) / (card.height + GRID_GAP)));
  return columns * rows;
}

/** The width each card gets in the grid (auto-fill columns of at least minWidth, stretched to fill the row). */
export function cardWidth(width: number, compact: boolean): number {
  const card = compact ? CARD_SIZE.compact : CARD_SIZE.normal;
  const columns = Math.max(1, Math.floor((width + GRID_GAP) / (card.minWidth + GRID_GAP)));
  return Math.floor((width - (columns - 1) * GRID_GAP) / columns);
}

/** Table rows per page for the panel's height (the header takes one row). */
export function rowsPerPage(height: number): number {
  return Math.max(3, Math.floor((height - PAGINATION_HEIGHT) / TABLE_ROW_HEIGHT) - 1);
}

import { screen, within } from '@testing-library/react';

import { scorecardTestIds } from '../testIds';

export async function findCard(id: string): Promise<HTMLElement> {
  const cards = await screen.findAllByTestId(scorecardTestIds.card);
  const found = cards.find((c) => c.getAttribute('data-kpi') === id);
  if (!found) {
    throw new Error(`no card for ${id}`);
  }
  return found;
}

/** The card once its status is known. */
export async function settledCard(id: string): Promise<HTMLElement> {
  const card = await findCard(id);
  await within(card).findByText(/On track|At risk|Off track|Stale|No data|Error/);
  return card;
}

/** Ids of the cards in the order they are shown. */
export const shownIds = () => screen.getAllByTestId(scorecardTestIds.card).map((c) => c.getAttribute('data-kpi'));

/** The names shown, in order: the links, and the names of entries a link cannot reach. */
export const shownNames = () =>
  [
    ...document.querySelectorAll(`[data-testid="${scorecardTestIds.link}"], [data-testid="${scorecardTestIds.name}"]`),
  ].map((name) => name.textContent);

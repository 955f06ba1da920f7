// Every demo scenario, in the order their metric families are written.

import { businessScenarios } from './business.mjs';
import { dataScenarios } from './data.mjs';
import { engineeringScenarios } from './engineering.mjs';
import { operationsScenarios } from './operations.mjs';
import { productScenarios } from './product.mjs';

/** Fresh scenario instances (each keeps its own running state, so one per engine). */
export function createScenarios() {
  return [
    ...engineeringScenarios,
    ...operationsScenarios,
    ...productScenarios,
    ...businessScenarios,
    ...dataScenarios,
  ].map((make) => make());
}

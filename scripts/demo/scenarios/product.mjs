// Growth team. Story: signups, activation and weekly actives grow (on track), NPS recovers but is
// not there yet (at risk), and 30-day retention has been sliding for months (off track): the
// leading indicators look good while the lagging outcome does not.

import { counter, gauge, integerizer, logNormalFactor } from '../series-helpers.mjs';
import { DAY, daily, trend, weekly } from '../shapes.mjs';

const STEP_DAYS = 300 / DAY;

function signupsAndActivation() {
  const signups = integerizer();
  const activations = integerizer();
  return {
    families: [
      { name: 'user_signups', type: 'counter', help: 'New accounts created.' },
      { name: 'user_activations', type: 'counter', help: 'New accounts that completed the activation checklist.' },
    ],
    series: [counter('user_signups_total'), counter('user_activations_total')],
    step({ t, daysAgo, z }) {
      const perDay =
        trend(daysAgo, [
          [200, 120],
          [0, 165],
        ]) *
        weekly(t, [1.1, 1.1, 1.05, 1, 0.95, 0.85, 0.95]) *
        daily(t, 0.3, 16);
      const s = signups(perDay * STEP_DAYS * logNormalFactor(z('signups'), 0.3));
      const a = activations(
        s *
          trend(daysAgo, [
            [200, 0.36],
            [100, 0.39],
            [0, 0.43],
          ])
      );
      return [s, a];
    },
  };
}

function engagement() {
  return {
    families: [
      { name: 'product_active_users', type: 'gauge', help: 'Distinct users active in the trailing window.' },
      {
        name: 'product_retention_ratio',
        type: 'gauge',
        help: 'Share of a signup cohort still active, by cohort age (recomputed daily).',
      },
    ],
    series: [
      gauge('product_active_users', { window: '7d' }, 0),
      gauge('product_retention_ratio', { cohort_age: '30d' }, 4),
    ],
    step({ t, daysAgo, z, zAt }) {
      const wau =
        trend(daysAgo, [
          [200, 10500],
          [0, 13200],
        ]) *
          weekly(t, [1.01, 1.01, 1.01, 1, 1, 0.99, 0.99]) +
        40 * z('wau');
      // A daily batch job: one value per day.
      const day = Math.floor(t / DAY);
      const retention =
        trend(daysAgo, [
          [200, 0.445],
          [100, 0.41],
          [30, 0.375],
          [0, 0.365],
        ]) +
        0.006 * zAt('retention', day);
      return [Math.round(wau), retention];
    },
  };
}

function nps() {
  const groups = { promoter: integerizer(), passive: integerizer(), detractor: integerizer() };
  return {
    families: [
      {
        name: 'nps_responses',
        type: 'counter',
        help: 'Answers to the in-app NPS survey, by score group (9-10, 7-8, 0-6).',
      },
    ],
    series: Object.keys(groups).map((g) => counter('nps_responses_total', { score_group: g })),
    step({ t, daysAgo, z }) {
      const responses =
        40 * weekly(t, [1.1, 1.1, 1.05, 1, 0.95, 0.9, 0.9]) * STEP_DAYS * logNormalFactor(z('nps'), 0.4);
      const promoters =
        trend(daysAgo, [
          [200, 0.45],
          [0, 0.47],
        ]) +
        0.03 * z('promoters');
      const detractors =
        trend(daysAgo, [
          [200, 0.17],
          [0, 0.12],
        ]) +
        0.02 * z('detractors');
      return [
        groups.promoter(responses * promoters),
        groups.passive(responses * (1 - promoters - detractors)),
        groups.detractor(responses * detractors),
      ];
    },
  };
}

export const productScenarios = [signupsAndActivation, engagement, nps];

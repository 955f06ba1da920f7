// Revenue team. Story: bookings are ahead of the quarter's plan (on track) and MRR grows but not
// fast enough (at risk); churn jumped six weeks ago (off track) and new pipeline has been drying
// up, so this month's pipeline target will be missed (off track).

import { counter, gauge, integerizer, logNormalFactor } from '../series-helpers.mjs';
import { DAY, daily, trend, weekly } from '../shapes.mjs';

const STEP_DAYS = 300 / DAY;
const PLANS = [
  ['starter', 0.15, 0.18],
  ['pro', 0.4, 0.42],
  ['enterprise', 0.45, 0.4],
];

function revenue() {
  return {
    families: [
      { name: 'revenue_usd', type: 'counter', help: 'Revenue recognised, in US dollars, by plan.' },
      { name: 'mrr_usd', type: 'gauge', help: 'Monthly recurring revenue, in US dollars, by plan.' },
    ],
    series: [
      ...PLANS.map(([plan]) => counter('revenue_usd_total', { plan }, 2)),
      ...PLANS.map(([plan]) => gauge('mrr_usd', { plan }, 0)),
    ],
    step({ t, daysAgo, z }) {
      const perDay =
        trend(daysAgo, [
          [200, 30000],
          [0, 36500],
        ]) * weekly(t, [1.05, 1.05, 1.05, 1.05, 1.05, 0.88, 0.87]);
      const mrr = trend(daysAgo, [
        [200, 880000],
        [90, 960000],
        [0, 1060000],
      ]);
      return [
        ...PLANS.map(
          ([plan, share]) =>
            perDay * share * STEP_DAYS * logNormalFactor(z(`revenue-${plan}`), plan === 'enterprise' ? 1 : 0.3)
        ),
        ...PLANS.map(([plan, , share]) => Math.round(mrr * share * (1 + 0.001 * z(`mrr-${plan}`)))),
      ];
    },
  };
}

function customers() {
  const churned = integerizer();
  return {
    families: [
      { name: 'customers_active', type: 'gauge', help: 'Paying customers.' },
      { name: 'customers_churned', type: 'counter', help: 'Paying customers who cancelled.' },
      {
        name: 'sales_pipeline_created_usd',
        type: 'counter',
        help: 'Value of new qualified sales opportunities, in US dollars.',
      },
    ],
    series: [
      gauge('customers_active', {}, 0),
      counter('customers_churned_total'),
      counter('sales_pipeline_created_usd_total', {}, 2),
    ],
    step({ t, daysAgo, z }) {
      const active = trend(daysAgo, [
        [200, 3600],
        [0, 4050],
      ]);
      // A competitor's price cut six weeks ago.
      const monthlyChurn = trend(daysAgo, [
        [200, 0.018],
        [90, 0.021],
        [45, 0.022],
        [40, 0.031],
        [0, 0.031],
      ]);
      const c = churned((monthlyChurn / 30) * active * STEP_DAYS * logNormalFactor(z('churn'), 0.5));
      const newPipeline =
        trend(daysAgo, [
          [200, 52000],
          [60, 50000],
          [0, 37000],
        ]) *
        weekly(t, [1.3, 1.3, 1.3, 1.3, 1.2, 0.3, 0.3]) *
        daily(t, 0.8, 15) *
        STEP_DAYS *
        logNormalFactor(z('pipeline'), 0.8);
      return [Math.round(active + 3 * z('active')), c, newPipeline];
    },
  };
}

export const businessScenarios = [revenue, customers];

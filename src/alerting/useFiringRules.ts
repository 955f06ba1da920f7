import { useEffect, useState } from 'react';

import { firingRulesFeed, type FiringRules } from './firingRulesFeed';

const NOTHING_YET: FiringRules = { byKpi: new Map() };

/** The app's firing rules by KPI, kept current while the view is mounted. */
export function useFiringRules(): FiringRules {
  const [rules, setRules] = useState(NOTHING_YET);
  useEffect(() => {
    const subscription = firingRulesFeed().subscribe(setRules);
    return () => subscription.unsubscribe();
  }, []);
  return rules;
}

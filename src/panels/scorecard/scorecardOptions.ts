import { type ScorecardSort } from '../../kpi/scorecardOrder';
import { type Layout } from '../../kpi/types';

type SelectBy = 'selector' | 'ids';

/** The panel's saved options (the dashboard JSON's `options`). Selector fields may hold template variables. */
export interface ScorecardOptions {
  selectBy: SelectBy;
  ids: string[];
  team: string;
  category: string;
  type: string;
  tag: string;
  objective: string;
  status: string;
  layout: Layout;
  sort: ScorecardSort;
  showSparkline: boolean;
  showDelta: boolean;
  showForecast: boolean;
  showOwner: boolean;
  compact: boolean;
}

export const DEFAULT_OPTIONS: ScorecardOptions = {
  selectBy: 'selector',
  ids: [],
  team: '',
  category: '',
  type: '',
  tag: '',
  objective: '',
  status: '',
  layout: 'cards',
  sort: 'worst-first',
  showSparkline: true,
  showDelta: true,
  showForecast: true,
  showOwner: true,
  compact: false,
};

/** What a card or a table row shows, of the panel's options. */
export type CardOptions = Pick<
  ScorecardOptions,
  'showSparkline' | 'showDelta' | 'showForecast' | 'showOwner' | 'compact'
>;

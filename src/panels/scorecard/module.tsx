import { PanelPlugin } from '@grafana/data';
import { ScorecardPanel } from './ScorecardPanel';
import { buildPanelOptions } from './panelOptions';
import { ScorecardOptions } from './scorecardOptions';

export const plugin = new PanelPlugin<ScorecardOptions>(ScorecardPanel).setPanelOptions(buildPanelOptions);

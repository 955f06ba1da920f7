import { AlertingTabScene } from './AlertingTabScene';
import { ImportTabScene } from './ImportTabScene';
import { KpisTabScene } from './KpisTabScene';
import { ObjectivesTabScene } from './ObjectivesTabScene';
import { ScorecardsTabScene } from './ScorecardsTabScene';
import { YamlTabScene } from './YamlTabScene';

export type EditorTab = 'kpis' | 'objectives' | 'scorecards' | 'alerting' | 'yaml' | 'import';
export const TABS: EditorTab[] = ['kpis', 'objectives', 'scorecards', 'alerting', 'yaml', 'import'];

/** The editor's tabs, each its own scene object holding what only it needs. */
export interface EditorTabScenes {
  kpiTab: KpisTabScene;
  objectiveTab: ObjectivesTabScene;
  scorecardTab: ScorecardsTabScene;
  alertingTab: AlertingTabScene;
  yamlTab: YamlTabScene;
  importTab: ImportTabScene;
}

/** Which of the editor's state keys holds each tab's scene. */
export const TAB_SCENE_KEYS: Record<EditorTab, keyof EditorTabScenes> = {
  kpis: 'kpiTab',
  objectives: 'objectiveTab',
  scorecards: 'scorecardTab',
  alerting: 'alertingTab',
  yaml: 'yamlTab',
  import: 'importTab',
};

export function createTabScenes(): EditorTabScenes {
  return {
    kpiTab: new KpisTabScene({}),
    objectiveTab: new ObjectivesTabScene({}),
    scorecardTab: new ScorecardsTabScene({}),
    alertingTab: new AlertingTabScene({}),
    yamlTab: new YamlTabScene({}),
    importTab: new ImportTabScene(),
  };
}

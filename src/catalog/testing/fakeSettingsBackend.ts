import { of } from 'rxjs';

import { type AppJsonData, type PluginSettings } from '../../query/catalogSettings';

/**
 * Grafana's plugin settings API as the tests need it (not shipped: only *.test.* files import it). GET
 * answers the stored settings; POST replaces them, as Grafana does. `posts` records every write.
 */
export function fakeSettingsBackend(initial: AppJsonData) {
  const store: { settings: PluginSettings } = { settings: { enabled: true, pinned: true, jsonData: initial } };
  const posts: PluginSettings[] = [];
  /** Run after each write lands, as another admin's write landing just after it would. */
  const afterPost: Array<() => void> = [];
  const fetch = jest.fn((options: { url: string; method?: string; data?: PluginSettings }) => {
    if (options.method === 'POST') {
      posts.push(options.data!);
      store.settings = JSON.parse(JSON.stringify(options.data));
      afterPost.shift()?.();
      return of({ data: { message: 'Plugin settings updated' }, status: 200 });
    }
    return of({ data: JSON.parse(JSON.stringify(store.settings)), status: 200 });
  });
  /** Another admin saving in between: the stored version moves on. */
  const saveElsewhere = (jsonData: AppJsonData) => {
    store.settings = { ...store.settings, jsonData };
  };
  return { backendSrv: { fetch }, store, posts, saveElsewhere, afterPost };
}

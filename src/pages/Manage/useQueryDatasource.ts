import { type DataSourceApi } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';
import { useEffect, useState } from 'react';

import { errorMessage } from '../../query/errorMessage';
import { failureText } from '../../query/failureText';

export type QueryDatasource =
  { phase: 'none' } | { phase: 'loading' } | { phase: 'ready'; ds: DataSourceApi } | { phase: 'failed'; error: string };

/**
 * The datasource a KPI's query is written for, loaded as Grafana loads it for a panel's query row
 * (getDataSourceSrv().get), so its own query editor can be shown. A new uid loads anew; the last one asked wins.
 */
export function useQueryDatasource(uid: string | undefined): QueryDatasource {
  const [state, setState] = useState<{ uid?: string; value: QueryDatasource }>({ value: { phase: 'none' } });
  useEffect(() => {
    if (!uid) {
      return;
    }
    let current = true;
    getDataSourceSrv()
      .get({ uid })
      .then(
        (ds) => current && setState({ uid, value: { phase: 'ready', ds } }),
        (e) => current && setState({ uid, value: { phase: 'failed', error: errorMessage(e, failureText.request()) } })
      );
    return () => {
      current = false;
    };
  }, [uid]);
  if (!uid) {
    return { phase: 'none' };
  }
  return state.uid === uid ? state.value : { phase: 'loading' };
}

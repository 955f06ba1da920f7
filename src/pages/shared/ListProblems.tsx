import { Alert } from '@grafana/ui';
import React from 'react';

import { problemText } from '../../kpi/problemsText';
import { type Problem } from '../../kpi/types';

/** A catalog list that cannot be read, said where its entries would be, with each error at its place. */
export function ListProblems({ title, problems }: { title: string; problems: Problem[] }) {
  if (problems.length === 0) {
    return null;
  }
  return (
    <Alert severity="error" title={title}>
      {problems.map((p) => (
        <div key={problemText(p)}>{problemText(p)}</div>
      ))}
    </Alert>
  );
}

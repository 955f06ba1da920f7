import { Text } from '@grafana/ui';
import React from 'react';

/** A line of small secondary text on the card. */
export function CardSecondary({ testId, children }: { testId?: string; children: NonNullable<React.ReactNode> }) {
  return (
    <Text element="p" variant="bodySmall" color="secondary" data-testid={testId}>
      {children}
    </Text>
  );
}

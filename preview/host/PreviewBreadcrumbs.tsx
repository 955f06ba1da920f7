// The breadcrumb of Grafana's page chrome, reduced to the app's part of it: each parent page of pageNav
// (a drilldown's getParentPage) as a link, then the page itself. Only drilldowns have parents.
import { type NavModelItem } from '@grafana/data';
import { Stack, Text, TextLink } from '@grafana/ui';
import React from 'react';

export function PreviewBreadcrumbs({ pageNav }: { pageNav?: NavModelItem }) {
  const parents: NavModelItem[] = [];
  for (let item = pageNav?.parentItem; item; item = item.parentItem) {
    if (!item.hideFromBreadcrumbs) {
      parents.unshift(item);
    }
  }
  if (!pageNav || parents.length === 0) {
    return null;
  }
  return (
    <nav aria-label="Breadcrumbs" data-testid="preview-breadcrumbs">
      <Stack gap={1}>
        {parents.map((item) => (
          <React.Fragment key={item.url ?? item.text}>
            {item.url ? (
              <TextLink href={item.url} inline={false}>
                {item.text}
              </TextLink>
            ) : (
              <Text>{item.text}</Text>
            )}
            <Text color="secondary">/</Text>
          </React.Fragment>
        ))}
        <Text>{pageNav.text}</Text>
      </Stack>
    </nav>
  );
}

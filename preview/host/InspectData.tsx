// Stands in for Grafana's panel Inspect > Data tab (public/app/features/inspector/InspectDataTab.tsx): pick one
// of the panel's data frames, see it as a table, and download it as CSV with @grafana/data's toCSV, named as
// Grafana names it (`<panel title>-data-<date>.csv`). Without Grafana's options (formatted data, joined series,
// transformations): the frames as the datasource gave them.
import { applyFieldOverrides, dateTimeFormat, toCSV, type DataFrame } from '@grafana/data';
import { config } from '@grafana/runtime';
import { Button, Drawer, Select, Stack, Table } from '@grafana/ui';
import React, { useMemo, useState } from 'react';

interface Props {
  title: string;
  frames: DataFrame[];
  onClose: () => void;
}

export function InspectData({ title, frames, onClose }: Props) {
  const [index, setIndex] = useState(0);
  const frame = frames[index];
  const shown = useMemo(
    () =>
      frame
        ? applyFieldOverrides({
            data: [frame],
            fieldConfig: { defaults: {}, overrides: [] },
            replaceVariables: (s: string) => s,
            theme: config.theme2,
            timeZone: 'browser',
          })[0]
        : undefined,
    [frame]
  );
  const download = () => {
    const blob = new Blob([String.fromCharCode(0xfeff), toCSV([frame])], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${title}-data-${dateTimeFormat(new Date())}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <Drawer title={`Inspect: ${title} (preview stand-in)`} onClose={onClose} size="lg">
      <div data-testid="preview-inspect-data">
        <Stack direction="row" gap={1}>
          <Select
            aria-label="Select result"
            options={frames.map((f, i) => ({ value: i, label: `${f.name ?? f.refId ?? 'Series'} (${f.length} rows)` }))}
            value={index}
            onChange={(v) => setIndex(v.value ?? 0)}
            width={40}
          />
          <Button icon="download-alt" onClick={download} disabled={!frame}>
            Download CSV
          </Button>
        </Stack>
        {shown && <Table data={shown} width={900} height={500} />}
      </div>
    </Drawer>
  );
}

import { t } from '@grafana/i18n';
import { Field, Input, RadioButtonGroup, Stack } from '@grafana/ui';
import React from 'react';

import { DIRECTIONS, type Direction, type Target } from '../../kpi/types';
import { numberText, optionalNumber, withoutUndefined } from './kpiFormText';

interface Props {
  direction: Direction;
  target: Target;
  onChange: (direction: Direction, target: Target) => void;
  errors: Record<string, string[]>;
}

/** Direction and target: a value and at-risk boundary, or min and max for in-range. */
export function KpiTargetFields({ direction, target, onChange, errors }: Props) {
  const err = (key: string) => errors[key]?.join('; ');
  const num = (key: keyof Target) => (e: React.FormEvent<HTMLInputElement>) =>
    onChange(direction, withoutUndefined({ ...target, [key]: optionalNumber(e.currentTarget.value) }));
  return (
    <Stack direction="column" gap={1}>
      <Field
        label={t('manage.kpi.direction', 'Direction')}
        invalid={Boolean(err('direction'))}
        error={err('direction')}
        noMargin
      >
        <RadioButtonGroup
          options={DIRECTIONS.map((d) => ({ value: d, label: d }))}
          value={direction}
          onChange={(d) =>
            onChange(
              d,
              d === 'in-range'
                ? withoutUndefined({ min: target.min, max: target.max })
                : withoutUndefined({ value: target.value, atRisk: target.atRisk })
            )
          }
        />
      </Field>
      <Stack gap={2}>
        {direction === 'in-range' ? (
          <>
            <Field label={t('manage.kpi.min', 'Min')} invalid={Boolean(err('target'))} error={err('target')} noMargin>
              <Input
                value={numberText(target.min)}
                onChange={num('min')}
                width={14}
                aria-label={t('manage.aria.min', 'min')}
              />
            </Field>
            <Field label={t('manage.kpi.max', 'Max')} noMargin>
              <Input
                value={numberText(target.max)}
                onChange={num('max')}
                width={14}
                aria-label={t('manage.aria.max', 'max')}
              />
            </Field>
          </>
        ) : (
          <>
            <Field
              label={t('manage.kpi.target', 'Target')}
              invalid={Boolean(err('target'))}
              error={err('target')}
              noMargin
            >
              <Input
                value={numberText(target.value)}
                onChange={num('value')}
                width={14}
                aria-label={t('manage.aria.target', 'target')}
              />
            </Field>
            <Field
              label={t('manage.kpi.at-risk', 'At risk from')}
              description={t('manage.kpi.at-risk-help', 'Default: 10% off the target')}
              noMargin
            >
              <Input
                value={numberText(target.atRisk)}
                onChange={num('atRisk')}
                width={14}
                aria-label={t('manage.aria.at-risk', 'at risk')}
              />
            </Field>
          </>
        )}
      </Stack>
    </Stack>
  );
}

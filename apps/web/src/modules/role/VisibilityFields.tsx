import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessModule, VisibilityLevel } from '@panorama/schema';
import type { FieldErrors } from '../../lib/errors.ts';
import { VISIBILITY_MODULES, levelsFor } from './roleFormValues.ts';
import { useGridLabels } from './useRoleLabel.ts';

/** Select value of "no level of its own": the module reads at the level of the user's kind. */
const DEFAULT = 'default';

interface VisibilityFieldsProps {
  forPartners: boolean;
  value: Partial<Record<AccessModule, VisibilityLevel>>;
  onChange: (module: AccessModule, level: VisibilityLevel | null) => void;
  errors: FieldErrors;
  disabled?: boolean;
}

/** A level select per module whose records have an owner; the empty choice is the default of the user's kind. */
export function VisibilityFields({ forPartners, value, onChange, errors, disabled }: VisibilityFieldsProps) {
  const { t } = useTranslation();
  const labels = useGridLabels();
  const data = [
    { value: DEFAULT, label: t('role.levels.default') },
    ...levelsFor(forPartners).map((level) => ({ value: level, label: t(`role.levels.${level}`) })),
  ];
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
      {VISIBILITY_MODULES.map((module) => (
        <Select
          key={module}
          label={labels.module(module)}
          data={data}
          value={value[module] ?? DEFAULT}
          onChange={(level) => onChange(module, !level || level === DEFAULT ? null : (level as VisibilityLevel))}
          error={errors[`visibility.${module}`]}
          allowDeselect={false}
          disabled={disabled}
        />
      ))}
    </SimpleGrid>
  );
}

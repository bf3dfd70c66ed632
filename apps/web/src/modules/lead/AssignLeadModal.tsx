import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCustomerFilterOptions } from '../customer/useCustomerFilterOptions.ts';
import { UNASSIGNED } from './leadFormValues.ts';

interface Props {
  opened: boolean;
  name: string;
  ownerId: string | null;
  loading: boolean;
  error?: string | null;
  onConfirm: (ownerId: string | null) => void;
  onClose: () => void;
}

/** Managers and admins give a lead to someone in their team, or back to the pool. */
export function AssignLeadModal({ opened, name, ownerId, loading, error, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const options = useCustomerFilterOptions();
  const [value, setValue] = useState<string>(ownerId ?? UNASSIGNED);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(value === UNASSIGNED ? null : value);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('lead.assign.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('lead.assign.body', { name })}</Text>
          <Select
            label={t('lead.assign.owner')}
            data={[{ value: UNASSIGNED, label: t('lead.assign.none') }, ...options.owners]}
            value={value}
            onChange={(v) => setValue(v ?? UNASSIGNED)}
            searchable
            allowDeselect={false}
            data-autofocus
            error={error}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('lead.assign.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

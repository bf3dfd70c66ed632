import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity } from '@panorama/schema';
import { ImportDialog } from './ImportDialog.tsx';

/** The Import button of a list screen; show it to viewers with the entity's `:import` permission. */
export function ImportButton({ entity, fieldsOf, onChanged }: { entity: ImportEntity; fieldsOf: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setOpened(true)} data-testid="import-button">
        {t('import.button')}
      </Button>
      <ImportDialog entity={entity} fieldsOf={fieldsOf} opened={opened} onClose={() => setOpened(false)} onChanged={onChanged} />
    </>
  );
}

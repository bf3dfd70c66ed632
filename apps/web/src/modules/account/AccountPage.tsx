import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../lib/components/PageHeader.tsx';
import { ApiKeysSection } from './ApiKeysSection.tsx';
import { ChangePasswordCard } from './ChangePasswordCard.tsx';
import { SignedInDevices } from './SignedInDevices.tsx';

/** The viewer's own account: change the password, see and end sessions, manage API keys. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Stack gap="lg" maw={960}>
        <ChangePasswordCard />
        <SignedInDevices />
        <ApiKeysSection />
      </Stack>
    </>
  );
}

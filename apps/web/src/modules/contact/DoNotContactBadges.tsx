import { Badge, Group } from '@mantine/core';
import { IconMailOff, IconMessageOff, IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Flags {
  doNotCall: boolean;
  doNotEmail: boolean;
  doNotSms: boolean;
}

/** Do-not-contact flags, shown wherever a contact is listed so nobody calls who asked not to be. */
export function DoNotContactBadges({ contact }: { contact: Flags }) {
  const { t } = useTranslation();
  if (!contact.doNotCall && !contact.doNotEmail && !contact.doNotSms) return null;
  return (
    <Group gap={4} wrap="wrap">
      {contact.doNotCall && (
        <Badge size="sm" color="red" variant="light" leftSection={<IconPhoneOff size={12} />}>
          {t('contact.flags.doNotCall')}
        </Badge>
      )}
      {contact.doNotEmail && (
        <Badge size="sm" color="red" variant="light" leftSection={<IconMailOff size={12} />}>
          {t('contact.flags.doNotEmail')}
        </Badge>
      )}
      {contact.doNotSms && (
        <Badge size="sm" color="red" variant="light" leftSection={<IconMessageOff size={12} />}>
          {t('contact.flags.doNotSms')}
        </Badge>
      )}
    </Group>
  );
}

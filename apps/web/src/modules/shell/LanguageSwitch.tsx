import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../lib/i18n/index.ts';
import { useLocale } from '../../lib/i18n/useLocale.ts';

/** Language menu: remembered in this browser and saved to the profile when signed in. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const { locale, setLocale } = useLocale({ signedIn });
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconLanguage size={18} />}
          aria-label={t('header.language')}
          data-testid="language-switch"
        >
          {t(`language.${locale}`)}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LOCALES.map((value) => (
          <Menu.Item
            key={value}
            lang={value}
            onClick={() => void setLocale(value)}
            rightSection={value === locale ? <IconCheck size={14} /> : null}
          >
            {t(`language.${value}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

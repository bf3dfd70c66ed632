import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const SHOWN = 3;

/** A webhook's event types as small badges (`*` reads "All events"); the rest behind "n more". */
export function EventTypeList({ types, all }: { types: readonly string[]; all?: boolean }) {
  const { t } = useTranslation();
  const shown = all ? types : types.slice(0, SHOWN);
  const rest = types.slice(shown.length);
  return (
    <Group gap={4}>
      {shown.map((type) => (
        <Badge key={type} variant="outline" color="gray" tt="none" fw={500}>
          {type === '*' ? t('webhook.allEvents') : type}
        </Badge>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.join(', ')} multiline maw={320}>
          <Badge variant="light" color="gray" tt="none" tabIndex={0}>
            {t('webhook.moreTypes', { count: rest.length })}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

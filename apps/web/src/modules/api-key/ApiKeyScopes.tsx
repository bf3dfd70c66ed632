import { Badge, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { groupScopes, type ScopeGroup } from './scopeGroups.ts';
import { useScopeLabel } from './useScopeLabel.ts';

const SHOWN = 3;

/** A key's scopes as one badge per module ("客户：查看、编辑"): the first few, then "+N" with the rest on hover or focus. */
export function ApiKeyScopes({ scopes }: { scopes: readonly string[] }) {
  const { t } = useTranslation();
  const label = useScopeLabel();
  const groups = groupScopes(scopes);
  const text = (g: ScopeGroup) =>
    t('apiKey.scopeGroup', { module: label.module(g.module), actions: g.scopes.map(label.action).join(t('apiKey.listSeparator')) });
  const rest = groups.slice(SHOWN);
  return (
    <Group gap={4}>
      {groups.slice(0, SHOWN).map((g) => (
        <Badge key={g.module} variant="default" radius="sm" tt="none" fw={500} title={g.scopes.join(' ')}>
          {text(g)}
        </Badge>
      ))}
      {rest.length > 0 && (
        <Tooltip label={rest.map(text).join(t('apiKey.groupSeparator'))} multiline maw={360} withinPortal>
          <Badge variant="outline" radius="sm" tt="none" fw={500} tabIndex={0} aria-label={rest.map(text).join(t('apiKey.groupSeparator'))}>
            {t('apiKey.moreScopes', { count: rest.length })}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}

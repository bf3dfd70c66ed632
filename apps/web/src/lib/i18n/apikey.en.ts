import type { apiKeyZhCN } from './apikey.zh-CN.ts';

/** Texts of API keys (the account page's section and the admin page), in English (joined into en.ts as `apiKey`). */
export const apiKeyEn: typeof apiKeyZhCN = {
  nav: 'API keys',
  section: {
    title: 'API keys',
    description: 'Scripts and integrations use an API key to call the API as you: only with the permissions you choose for the key, seeing the records you see.',
    usage: 'Send it in the request header:',
    new: 'New API key',
    empty: 'No API keys yet',
  },
  fields: {
    name: 'Name', prefix: 'Key prefix', scopes: 'Permissions', expiresAt: 'Expires', lastUsedAt: 'Last used', status: 'Status', owner: 'Owner', createdAt: 'Created',
  },
  status: { ACTIVE: 'Active', EXPIRED: 'Expired', REVOKED: 'Revoked', OWNER_INACTIVE: 'Owner deactivated' },
  errors: { keyLimit: 'You already hold {{limit}} live API keys: revoke one you no longer use first' },
  neverUsed: 'Never used',
  noExpiry: 'Never',
  moreScopes: '+{{count}} more',
  scopeGroup: '{{module}}: {{actions}}',
  listSeparator: ', ',
  groupSeparator: '; ',
  create: {
    title: 'New API key',
    name: 'Name',
    nameHint: 'What it is for, e.g. “Nightly ERP sync”',
    expiry: 'Expires after',
    expiryOptions: { d30: '30 days', d90: '90 days', d180: '180 days', d365: '1 year' },
    expiresOn: 'Expires on {{date}}',
    scopes: 'Permissions',
    scopesHint: 'Only your own permissions can be chosen. If your role is narrowed later, the key is narrowed with it.',
    wholeModule: '{{module}}: all',
    selected: '{{count}} selected',
    readOnly: 'All view permissions',
    clear: 'Clear',
    noScopes: 'Choose at least one permission',
    submit: 'Create key',
  },
  created: {
    title: 'API key created',
    warning: 'Copy this key now and keep it somewhere safe. It cannot be shown again once you close this window; if you lose it, revoke it and create a new one.',
    key: 'Key',
    copy: 'Copy key',
    copied: 'Copied',
    done: 'I have saved it, close',
  },
  revoke: {
    button: 'Revoke',
    label: 'Revoke the key “{{name}}”',
    title: 'Revoke API key',
    body: 'Scripts using the key “{{name}}” ({{prefix}}…) lose access at once. This cannot be undone.',
    done: 'The key “{{name}}” is revoked',
  },
  admin: {
    title: 'API keys',
    description: 'Every user’s API keys. Revoking a key cuts off the scripts using it at once.',
    empty: 'Nobody has created an API key yet',
  },
  validation: {
    notYours: '{{scope}} is not one of your permissions', future: 'Must be in the future', maxYear: 'Must be at most a year from now', atLeastOne: 'Choose at least one permission',
  },
};

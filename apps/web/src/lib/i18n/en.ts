import { currencyEn, dashboardEn } from './dashboard.en.ts';
import { targetEn } from './target.en.ts';
import { territoryEn } from './territory.en.ts';
import type { Messages } from './zh-CN.ts';
import { leadEn } from './lead.en.ts';
import { activityEn } from './activity.en.ts';
import { contractEn } from './contract.en.ts';
import { commissionEn } from './commission.en.ts';
import { productEn } from './product.en.ts';
import { quoteEn } from './quote.en.ts';
import { orderEn } from './order.en.ts';
import { accountEn } from './account.en.ts';
import { shareEn } from './share.en.ts';
import { apiKeyEn } from './apikey.en.ts';
import { roleEn } from './role.en.ts';
import { jobEn } from './job.en.ts';
import { exportEn } from './export.en.ts';
import { importEn } from './import.en.ts';
import { webhookEn } from './webhook.en.ts';

/** English. Typed as the Chinese resources, so a missing or extra key fails the typecheck. */
export const en: Messages = {
  app: { name: 'Panorama CRM' },
  language: { 'zh-CN': '简体中文', en: 'English' },
  nav: {
    main: 'Main navigation', toggle: 'Toggle navigation', customers: 'Customers', contacts: 'Contacts', pool: 'Pool',
    admin: 'Administration', users: 'Users', departments: 'Departments', audit: 'Audit log', leads: 'Leads', leadAssignment: 'Lead assignment',
  },
  header: { language: '语言 / Language', userMenu: 'User menu', signedInAs: 'Signed in as', signOut: 'Sign out' },
  common: {
    save: 'Save', cancel: 'Cancel', edit: 'Edit', delete: 'Delete', restore: 'Restore', reload: 'Reload', retry: 'Retry',
    loading: 'Loading…', loadMore: 'Load more', loadFailed: 'Could not load', nothingFound: 'Nothing found', any: 'Any', all: 'All',
    yes: 'Yes', no: 'No', empty: '(empty)', system: 'System', deleted: 'Deleted', required: 'This field is required',
    clearFilters: 'Clear filters', createdAt: 'Created', updatedAt: 'Updated', changedTo: 'changed to',
    totalCount: '{{total}} in total', pageNumber: 'Page {{page}}', previousPage: 'Previous', nextPage: 'Next',
  },
  auth: {
    subtitle: 'Sign in to your 360° customer view', email: 'Email', password: 'Password', submit: 'Sign in',
    missingFields: 'Enter your email and password', wrongCredentials: 'Wrong email or password',
  },
  errors: {
    UNAUTHENTICATED: 'Please sign in first', FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'This record does not exist or you cannot see it', BAD_USER_INPUT: 'Some input is invalid',
    CONFLICT: 'This conflicts with the current data', RATE_LIMITED: 'Too many requests; try again shortly',
    INTERNAL_SERVER_ERROR: 'Something went wrong on the server; try again later',
    network: 'Cannot reach the server; check your connection',
    tooManyAttempts: 'Too many attempts; try again in {{minutes}} min',
    staleVersion: 'Someone else changed this record; reload it and edit again',
    claimLimit: 'You reached your claim limit ({{limit}})', alreadyOwned: 'This customer already has an owner',
    inPool: 'This customer is already in the pool', deletedRecord: 'This record is deleted; restore it first',
    duplicate: 'Possible duplicate customers exist', formHasErrors: 'Fix the marked fields and try again',
    actionFailed: 'Action failed', pageFailed: 'This page could not be loaded',
  },
  validation: {
    required: 'This field is required', length: 'Must be {{min}} to {{max}} characters', maxLength: 'At most {{max}} characters',
    email: 'Enter a valid email address', id: 'Not a valid id', noSuch: 'The chosen record does not exist or you cannot see it',
    inUse: 'Already in use', wrong: 'Incorrect', otherCustomer: 'Belongs to another customer',
    range: 'Must be a whole number from {{min}} to {{max}}', positive: 'Must be a positive whole number',
  },
  notFound: { title: 'Page not found', description: 'This address does not exist, or the record was removed.', home: 'Back to customers' },
  forbidden: { title: 'No access', description: 'Your role cannot open this page. Ask an administrator if you need it.' },
  enums: {
    kind: { COMPANY: 'Company', PERSON: 'Person' },
    stage: { LEAD: 'Lead', PROSPECT: 'Prospect', CUSTOMER: 'Customer', CHURNED: 'Churned' },
    tier: { STRATEGIC: 'Strategic', KEY: 'Key', STANDARD: 'Standard', SMALL: 'Small' },
    size: { MICRO: 'Micro (<10)', SMALL: 'Small (10–49)', MEDIUM: 'Medium (50–249)', LARGE: 'Large (250–999)', ENTERPRISE: 'Enterprise (1000+)' },
    channel: { EMAIL: 'Email', PHONE: 'Phone', SMS: 'SMS', WECHAT: 'WeChat', IN_PERSON: 'In person' },
    role: {
      ADMIN: 'Administrator', SALES_MANAGER: 'Sales manager', SALES_REP: 'Sales rep', SERVICE_MANAGER: 'Service manager',
      SERVICE_AGENT: 'Service agent', MARKETER: 'Marketer', PARTNER: 'Partner', PARTNER_ADMIN: 'Partner admin',
    },
  },
  customer: {
    listTitle: 'Customers', listDescription: 'Companies and people you sell to, including the pool.', new: 'New customer',
    create: 'Create customer', editTitle: 'Edit customer: {{name}}', backToList: 'Back to customers',
    backToCustomer: 'Back to customer', notFound: 'This customer does not exist or you cannot see it',
    empty: 'No customers yet. Use “New customer” to add the first one.', emptyFiltered: 'No customers match these filters',
    fields: {
      name: 'Name', kind: 'Type', industry: 'Industry', size: 'Size', tier: 'Tier', lifecycleStage: 'Stage',
      owner: 'Owner', ownerId: 'Owner', territory: 'Territory', territoryId: 'Territory', tags: 'Tags', phone: 'Phone',
      email: 'Email', website: 'Website', address: 'Address', country: 'Country/region', province: 'Province/state',
      city: 'City', street: 'Street address', postalCode: 'Postal code', customFields: 'Custom fields',
      pool: 'Pool status', inPool: 'In pool', lastActivityAt: 'Last activity', claimedAt: 'Claimed', deletedAt: 'Deleted',
    },
    filters: {
      search: 'Search', searchPlaceholder: 'Name, phone or email', pool: 'Ownership', poolAll: 'All',
      poolIn: 'Pool only', poolOwned: 'Owned only', showDeleted: 'Show deleted',
    },
    status: { inPool: 'Pool', owned: 'Owned' },
    detail: { facts: 'Details' },
    form: {
      basics: 'Basics', ownership: 'Ownership', contact: 'Contact details', address: 'Address',
      ownerHint: 'Leave empty to put it in the pool', noOwner: 'Pool (no owner)', tagsHint: 'Press Enter to add',
      noCustomFields: 'No custom fields', customFieldName: 'Field name', customFieldValue: 'Value',
      addCustomField: 'Add field', removeCustomField: 'Remove field {{name}}',
    },
    duplicates: {
      title: 'Possible duplicates', hint: 'These customers look like the one you are entering. Make sure it is not one of them:',
      conflictTitle: 'Possible duplicates found',
      conflictBody: 'Similar customers already exist. Check them first; if this is a different customer, create it anyway.',
      createAnyway: 'Create anyway', matchedOn: 'same {{field}}',
    },
    stale: {
      title: 'This customer was changed by someone else',
      body: 'Someone saved this customer while you were editing. Reload the latest data, then make your change (your unsaved edits will be replaced).',
    },
    confirmDelete: { title: 'Delete customer', body: 'Delete “{{name}}”? You can find and restore it with “Show deleted”.' },
    notify: { created: 'Customer created', updated: 'Customer saved', deleted: 'Deleted “{{name}}”', restored: 'Restored “{{name}}”' },
    contacts: { title: 'Contacts', add: 'Add contact', empty: 'No contacts yet' },
    timeline: {
      title: 'Timeline', addNote: 'Add a note', notePlaceholder: 'What was discussed, what happens next…',
      noteShortcut: 'Ctrl+Enter to save', saveNote: 'Save note', noteAdded: 'Note added', empty: 'Nothing here yet',
      addedNote: '{{actor}} added a note', summary: '{{actor}} {{action}} {{entity}}', viewContact: 'View contact',
    },
  },
  contact: {
    listTitle: 'Contacts', listDescription: 'People at your customers.', new: 'New contact', create: 'Create contact',
    editTitle: 'Edit contact: {{name}}', backToList: 'Back to contacts', backToCustomer: 'Back to customer',
    backToContact: 'Back to contact', notFound: 'This contact does not exist or you cannot see it',
    empty: 'No contacts yet', emptyFiltered: 'No contacts match these filters',
    fields: {
      name: 'Name', customer: 'Customer', customerId: 'Customer', title: 'Job title', roles: 'Roles', email: 'Email',
      phone: 'Phone', mobile: 'Mobile', preferredChannel: 'Preferred channel', isPrimary: 'Primary contact',
      flags: 'Restrictions', reach: 'Reach', doNotCall: 'Do not call', doNotEmail: 'Do not email', doNotSms: 'Do not text',
    },
    filters: { search: 'Search', searchPlaceholder: 'Name, email or phone', showDeleted: 'Show deleted' },
    flags: { doNotCall: 'Do not call', doNotEmail: 'Do not email', doNotSms: 'Do not text' },
    form: { basics: 'Basics', reach: 'Contact details', consent: 'Contact restrictions', rolesHint: 'e.g. decision maker, finance; press Enter to add' },
    detail: { facts: 'Details' },
    stale: { title: 'This contact was changed by someone else', body: 'Someone saved this contact while you were editing. Reload the latest data, then make your change.' },
    confirmDelete: { title: 'Delete contact', body: 'Delete “{{name}}”?' },
    notify: { created: 'Contact created', updated: 'Contact saved', deleted: 'Deleted “{{name}}”', restored: 'Restored “{{name}}”' },
  },
  pool: {
    title: 'Customer pool', description: 'Customers without an owner: any rep may claim them. Customers without activity for a while return here.',
    empty: 'The pool is empty', claim: 'Claim', claimNamed: 'Claim {{name}}', release: 'Release to pool',
    myClaimsLabel: 'My claims', myClaims: '{{claimed}} / {{limit}}',
    confirmRelease: { title: 'Release to pool', body: 'Release “{{name}}” to the pool? Anyone may claim it then.' },
    notify: { claimed: 'Claimed “{{name}}”', released: 'Released “{{name}}” to the pool' },
  },
  admin: {
    users: {
      title: 'Users', description: 'Staff accounts, roles, departments and claim limits.', new: 'New user', create: 'Create user',
      editTitle: 'Edit user: {{name}}', empty: 'No users match', actionsFor: 'Actions for {{name}}',
      fields: {
        name: 'Name', email: 'Email', password: 'Initial password', newPassword: 'New password', confirmPassword: 'Confirm new password',
        role: 'User type', department: 'Department', departmentId: 'Department', locale: 'Language', claimLimit: 'Claim limit',
        status: 'Status', lastLoginAt: 'Last sign-in', active: 'Active',
      },
      filters: { search: 'Search', searchPlaceholder: 'Name or email' },
      status: { active: 'Active', inactive: 'Deactivated', locked: 'Locked' },
      passwordHint: 'At least 8 characters; letters and digits recommended', claimLimitHint: 'Empty: the default limit applies',
      defaultLimit: 'Default ({{limit}})', resetPassword: 'Reset password', resetPasswordTitle: 'Reset password of {{name}}',
      resetPasswordHint: 'All of this user’s sessions end, and a lockout is cleared.', passwordMismatch: 'The passwords do not match',
      deactivate: 'Deactivate', reactivate: 'Reactivate', deactivateTitle: 'Deactivate user',
      deactivateBody: 'Deactivate “{{name}}”? They are signed out at once and cannot sign in again.',
      notify: {
        created: 'User created', updated: 'User saved', deactivated: 'Deactivated “{{name}}”', reactivated: 'Reactivated “{{name}}”',
        passwordReset: 'Password of “{{name}}” reset',
      },
    },
    departments: {
      title: 'Departments', description: 'The organisation tree: managers see the records of their department and below.',
      addRoot: 'New top-level department', addRootTitle: 'New top-level department', addChildTitle: 'New department under “{{name}}”',
      renameTitle: 'Rename “{{name}}”', moveTitle: 'Move “{{name}}”', addChildNamed: 'Add under {{name}}',
      renameNamed: 'Rename {{name}}', moveNamed: 'Move {{name}}', deleteNamed: 'Delete {{name}}', deleteTitle: 'Delete department',
      deleteBody: 'Delete the department “{{name}}”?', notEmpty: 'This department still has users or sub-departments',
      deleted: 'Deleted “{{name}}”', saved: 'Department saved', empty: 'No departments yet', topLevel: '(top level)',
      userCount: '{{n}} users', expand: 'Expand', collapse: 'Collapse',
      fields: { name: 'Department name', parent: 'Parent department', parentId: 'Parent department' },
    },
    poolSettings: {
      title: 'Pool settings', description: 'How many customers a user without their own limit may own from the pool, and when idle customers go back to it.',
      defaultClaimLimit: 'Default claim limit', autoReleaseDays: 'Back to the pool after idle days', autoReleaseHint: '0 = never',
      saved: 'Pool settings saved',
    },
  },
  audit: {
    title: 'Audit log', description: 'Who changed what, and when.', empty: 'No entries match', pickPeriod: 'Pick dates',
    fields: { at: 'Time', actor: 'User', action: 'Action', entity: 'Record', changes: 'Changes', period: 'Dates' },
    entities: { AccessRole: 'role', Customer: 'customer', Contact: 'contact', User: 'user', Department: 'department', Setting: 'settings', Note: 'note', Opportunity: 'opportunity', PipelineStage: 'pipeline stage', Lead: 'lead', CurrencyRate: 'currency rate', SalesTarget: 'sales target', Territory: 'territory', Activity: 'activity', Product: 'product', PriceBook: 'price book', Contract: 'contract', Quote: 'quote', Order: 'sales order', CommissionPlan: 'commission plan', CommissionPeriod: 'commission month', ApiKey: 'API key' },
    actions: {
      SENT: 'sent', ACCEPTED: 'accepted', REJECTED: 'rejected', REVISED: 'revised into', FULFILLED: 'fulfilled', CANCELLED: 'cancelled',
      ARCHIVED: 'archived', UNARCHIVED: 'unarchived', PRICE_SET: 'set a price in', PRICE_UPDATED: 'changed a price in', PRICE_REMOVED: 'removed a price from',
      CREATED: 'created', UPDATED: 'updated', DELETED: 'deleted', RESTORED: 'restored', CLAIMED: 'claimed', RELEASED: 'released',
      LOCKED: 'locked', DEACTIVATED: 'deactivated', REACTIVATED: 'reactivated', PASSWORD_RESET: 'reset the password of', REORDERED: 'reordered',
      CONVERTED: 'converted', ASSIGNED: 'assigned', QUALIFIED: 'qualified', DISQUALIFIED: 'disqualified', IMPORTED: 'imported', COMPLETED: 'completed',
      ACTIVATED: 'activated', RENEWED: 'renewed', TERMINATED: 'terminated', ENTITLEMENT_ADDED: 'added an entitlement to', ENTITLEMENT_UPDATED: 'changed an entitlement of', ENTITLEMENT_REMOVED: 'removed an entitlement from',
      CLOSED: 'closed', REOPENED: 'reopened', REVOKED: 'revoked', SHARED: 'shared', SHARE_CHANGED: 'changed the sharing of', UNSHARED: 'stopped sharing',
    },
    actionNames: {
      SENT: 'Sent', ACCEPTED: 'Accepted', REJECTED: 'Rejected', REVISED: 'Revised', FULFILLED: 'Fulfilled', CANCELLED: 'Cancelled',
      ARCHIVED: 'Archived', UNARCHIVED: 'Unarchived', PRICE_SET: 'Price set', PRICE_UPDATED: 'Price changed', PRICE_REMOVED: 'Price removed',
      CREATED: 'Created', UPDATED: 'Updated', DELETED: 'Deleted', RESTORED: 'Restored', CLAIMED: 'Claimed', RELEASED: 'Released',
      LOCKED: 'Locked', DEACTIVATED: 'Deactivated', REACTIVATED: 'Reactivated', PASSWORD_RESET: 'Password reset', NOTE: 'Note', REORDERED: 'Reordered',
      CONVERTED: 'Converted', ASSIGNED: 'Assigned', QUALIFIED: 'Qualified', DISQUALIFIED: 'Disqualified', IMPORTED: 'Imported', COMPLETED: 'Completed',
      ACTIVATED: 'Activated', RENEWED: 'Renewed', TERMINATED: 'Terminated', ENTITLEMENT_ADDED: 'Entitlement added', ENTITLEMENT_UPDATED: 'Entitlement changed', ENTITLEMENT_REMOVED: 'Entitlement removed',
      CLOSED: 'Closed', REOPENED: 'Reopened', REVOKED: 'Revoked', SHARED: 'Shared', SHARE_CHANGED: 'Share changed', UNSHARED: 'Stopped sharing',
    },
  },
  lead: leadEn,
  activity: activityEn,
  contract: contractEn,
  commission: commissionEn,
  opportunity: {
    nav: { list: 'Opportunities', board: 'Pipeline board' },
    listTitle: 'Opportunities', listDescription: 'Deals in the pipeline: amounts, stages and expected close dates.', boardTitle: 'Pipeline board',
    boardDescription: 'Deals by stage; drag a card (or use the keyboard) to move it on.', new: 'New opportunity', create: 'Create opportunity',
    editTitle: 'Edit opportunity: {{name}}', backToList: 'Back to opportunities', backToOpportunity: 'Back to opportunity',
    notFound: 'This opportunity does not exist or you cannot see it', empty: 'No opportunities yet. Use “New opportunity” to add the first one.',
    emptyFiltered: 'No opportunities match these filters',
    views: { list: 'List', board: 'Board' },
    fields: {
      name: 'Name', customer: 'Customer', customerId: 'Customer', contact: 'Contact', contactId: 'Contact', owner: 'Owner',
      ownerId: 'Owner', stage: 'Stage', stageId: 'Stage', status: 'Status', amount: 'Amount', currency: 'Currency',
      probability: 'Probability', weightedAmount: 'Weighted amount', expectedCloseDate: 'Expected close', competitors: 'Competitors',
      source: 'Source', description: 'Description', lostReason: 'Lost reason', closedAt: 'Closed', stageEnteredAt: 'In stage since',
      createdAt: 'Created', updatedAt: 'Updated', deletedAt: 'Deleted',
    },
    status: { OPEN: 'Open', WON: 'Won', LOST: 'Lost' },
    filters: {
      search: 'Search', searchPlaceholder: 'Opportunity name', stages: 'Stages', status: 'Status', closeRange: 'Expected close',
      minAmount: 'Minimum amount', showDeleted: 'Show deleted', pickDates: 'Pick dates',
    },
    form: {
      basics: 'Basics', money: 'Amount and probability', details: 'More details', probabilityHint: 'Empty: the stage default',
      competitorsHint: 'Press Enter to add', amountHint: 'Up to two decimals', amountFromProducts: 'Set by the deal’s products: edit them on the deal page', pickCustomerFirst: 'Pick a customer first', noContact: '(none)',
      lostReasonHint: 'Required in a Lost stage',
    },
    board: {
      count: 'Deals: {{count}}', empty: 'No deals', more: '{{count}} more not shown; narrow the filters to see them',
      inactive: 'Inactive', cardLabel: '{{name}}, {{customer}}, {{amount}}', moved: 'Moved to {{stage}}', moveFailed: 'Could not move the deal; it is back in place',
      instructions: 'Press space or enter to pick up a card, the arrow keys to move it, space or enter to drop it, escape to cancel.',
      pickedUp: 'Picked up “{{name}}”', over: '“{{name}}” is over “{{stage}}”', dropped: '“{{name}}” dropped in “{{stage}}”',
      cancelled: 'Moving “{{name}}” cancelled', filters: 'Board filters', moveTo: 'Move “{{name}}” to…',
    },
    lost: {
      title: 'Mark as lost', body: '“{{name}}” moves to “{{stage}}”. Say why it was lost, for the review.', reason: 'Lost reason',
      placeholder: 'e.g. price too high, chose a competitor, budget cancelled…', confirm: 'Mark as lost',
    },
    history: {
      title: 'Stage history', created: 'Created in {{stage}}', moved: 'Moved from {{from}} to {{to}}', spent: '{{duration}} in {{stage}}',
      current: '{{duration}} in the current stage so far', by: 'by {{name}}', lessThanMinute: 'less than a minute', empty: 'No stage changes yet',
    },
    detail: { facts: 'Details' },
    stale: {
      title: 'This opportunity was changed by someone else',
      body: 'Someone saved this opportunity while you were editing. Reload the latest data, then make your change (your unsaved edits will be replaced).',
    },
    confirmDelete: { title: 'Delete opportunity', body: 'Delete “{{name}}”? You can find and restore it with “Show deleted”.' },
    notify: { created: 'Opportunity created', updated: 'Opportunity saved', deleted: 'Deleted “{{name}}”', restored: 'Restored “{{name}}”' },
    customer: { title: 'Opportunities', add: 'New opportunity', empty: 'No opportunities yet', view: 'View opportunity' },
    validation: {
      probability: 'Must be 0 to 100', amount: 'Enter an amount with at most two decimals', nonNegative: 'Cannot be negative',
      currency: 'Unsupported currency', lostReason: 'A lost deal needs a lost reason', inactiveStage: 'This stage is inactive',
      fixedProbability: 'This stage’s probability is fixed at {{value}}', kindInUse: 'The stage holds deals; its type cannot change',
      lastOpen: 'At least one active Open stage must remain',
    },
  },
  pipeline: {
    nav: 'Pipeline stages', title: 'Pipeline stages', description: 'The sales pipeline: stage order, default probabilities, won and lost stages.',
    new: 'New stage', create: 'Create stage', editTitle: 'Edit stage: {{name}}', empty: 'No stages yet',
    fields: {
      name: 'Stage name', probability: 'Default probability', kind: 'Type', active: 'Active', position: 'Order', opportunityCount: 'Deals',
    },
    kinds: { OPEN: 'Open', WON: 'Won', LOST: 'Lost' },
    kindHint: 'Won stages are fixed at 100%, lost stages at 0%', inactive: 'Inactive', moveUp: 'Move {{name}} up', moveDown: 'Move {{name}} down',
    dragHandle: 'Drag to reorder “{{name}}”', actionsFor: 'Actions for {{name}}', deactivate: 'Deactivate', activate: 'Activate',
    deleteTitle: 'Delete stage', deleteBody: 'Delete the stage “{{name}}”?', inUse: 'This stage holds {{count}} deals: deactivate it instead of deleting it.',
    notify: {
      created: 'Stage created', updated: 'Stage saved', deleted: 'Deleted “{{name}}”', reordered: 'Order saved',
      deactivated: 'Deactivated “{{name}}”', activated: 'Activated “{{name}}”',
    },
  },
  dashboard: dashboardEn,
  currency: currencyEn,
  target: targetEn,
  territory: territoryEn,
  product: productEn,
  quote: quoteEn,
  order: orderEn,
  export: exportEn,
  import: importEn,
  account: accountEn,
  share: shareEn,
  apiKey: apiKeyEn,
  role: roleEn,
  job: jobEn,
  webhook: webhookEn,
};

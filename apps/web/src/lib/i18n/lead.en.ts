import type { leadZhCN } from './lead.zh-CN.ts';

/** Lead texts (English); same keys as lead.zh-CN.ts. */
export const leadEn: typeof leadZhCN = {
  nav: 'Leads', assignmentNav: 'Lead assignment',
  listTitle: 'Leads', listDescription: 'Prospects from forms, campaigns, imports and the API: work, qualify, assign and convert them.',
  new: 'New lead', create: 'Create lead', editTitle: 'Edit lead: {{name}}', backToList: 'Back to leads', backToLead: 'Back to lead',
  notFound: 'This lead does not exist or you cannot see it', empty: 'No leads yet. Create one or import a CSV.', emptyFiltered: 'No leads match these filters',
  import: 'Import CSV', pool: 'Lead pool', unassigned: 'Unassigned',
  fields: {
    name: 'Name', company: 'Company', title: 'Job title', email: 'Email', phone: 'Phone', source: 'Source', status: 'Status',
    owner: 'Owner', ownerId: 'Owner', territory: 'Territory', territoryId: 'Territory', description: 'Description',
    disqualifyReason: 'Disqualified because', createdBy: 'Created by', createdAt: 'Created', convertedAt: 'Converted',
    convertedCustomer: 'Converted to customer', convertedContact: 'Converted to contact',
  },
  status: { NEW: 'New', WORKING: 'Working', QUALIFIED: 'Qualified', DISQUALIFIED: 'Disqualified', CONVERTED: 'Converted' },
  source: { WEB_FORM: 'Web form', IMPORT: 'Import', CAMPAIGN: 'Campaign', REFERRAL: 'Referral', EVENT: 'Event', API: 'API', OTHER: 'Other' },
  filters: {
    search: 'Search', searchPlaceholder: 'Name, company, email or phone', statuses: 'Status', created: 'Created', pickDates: 'Pick dates',
    ownership: 'Assignment', all: 'All', unassigned: 'Pool only', assigned: 'Assigned only', showDeleted: 'Show deleted',
  },
  form: {
    basics: 'Basics', reach: 'Contact details', more: 'More', ownerHint: 'Empty: the assignment rule decides; “Unassigned” puts it in the pool',
    byRule: 'By assignment rule', unassigned: 'Unassigned (lead pool)',
  },
  duplicates: {
    title: 'Possible duplicates', hint: 'These records look like the lead you are entering. Check them first:', customers: 'Customers', contacts: 'Contacts', leads: 'Leads',
    conflictTitle: 'A lead with this email exists', conflictBody: 'A lead already uses this email. Check it first; if this is a different lead, create it anyway.',
    createAnyway: 'Create anyway', matchedOn: 'same {{field}}', atCustomer: '({{customer}})',
  },
  actions: {
    qualify: 'Qualify', disqualify: 'Disqualify', assign: 'Assign', convert: 'Convert', startWorking: 'Start working', reopen: 'Reopen',
    takeIt: 'Take it', release: 'Back to pool',
  },
  disqualify: {
    title: 'Disqualify lead', body: 'Say why “{{name}}” is not a fit, for later review.', reason: 'Reason',
    placeholder: 'e.g. no budget, no authority, duplicate…', confirm: 'Disqualify',
  },
  assign: { title: 'Assign lead', body: 'Give “{{name}}” to:', owner: 'Owner', confirm: 'Assign', none: 'Unassigned (back to the pool)' },
  convert: {
    title: 'Convert lead', body: 'Creates the customer, contact and opportunity in one step, all in one transaction.', customer: 'Customer',
    createNew: 'Create the customer “{{name}}”', reuse: 'Use an existing customer', matching: 'Customers with this name', pickOther: 'or search another customer',
    noMatch: 'No customer has this name; a new one is created.', createOpportunity: 'Also create an opportunity', opportunityName: 'Opportunity name',
    amount: 'Amount', currency: 'Currency', expectedCloseDate: 'Expected close', closeDefault: 'Default: in 30 days', confirm: 'Convert', done: 'Converted into the customer “{{name}}”',
  },
  detail: { facts: 'Details', converted: 'Conversion', history: 'History' },
  importPage: {
    title: 'Import leads', description: 'Upload a CSV file whose first row is the header name,company,title,email,phone,source,description; at most 5000 rows. Nothing is stored unless every row passes the checks.',
    pick: 'CSV file', pickPlaceholder: 'Click to choose a file', template: 'Download template', preview: 'Preview (first {{shown}} of {{total}} rows)',
    check: 'Check', start: 'Import', run: 'Import {{count}} rows', checking: 'Checking…', importing: 'Importing…', row: 'Row',
    errors: '{{count}} problems found: fix the file and choose it again.', valid: 'All rows are valid: {{valid}} rows, {{skipped}} skipped as duplicate emails.',
    done: 'Imported {{created}} leads, skipped {{skipped}} duplicates.', again: 'Import another file', toList: 'View leads',
    readFailed: 'The file could not be read', empty: 'The file has no data rows', skippedRows: 'Skipped rows: {{rows}}',
  },
  rule: {
    title: 'Lead assignment rule', description: 'How new or imported leads without an owner are assigned.', mode: 'Mode',
    modes: { NONE: 'Do not assign (lead pool)', ROUND_ROBIN: 'Round robin', TERRITORY: 'By territory' },
    department: 'Round-robin department', allReps: 'All sales reps', departmentHint: 'Active sales reps of this department and below; empty: all sales reps',
    territories: 'Reps per territory', territoryHint: 'Territories without reps fall back to round robin.', reps: 'Reps', saved: 'Assignment rule saved',
  },
  stale: { title: 'This lead was changed by someone else', body: 'Someone saved this lead while you were editing. Reload the latest data, then make your change.' },
  confirmDelete: { title: 'Delete lead', body: 'Delete “{{name}}”? You can find and restore it with “Show deleted”.' },
  notify: {
    created: 'Lead created', updated: 'Lead saved', deleted: 'Deleted “{{name}}”', restored: 'Restored “{{name}}”',
    qualified: 'Qualified “{{name}}”', disqualified: 'Disqualified “{{name}}”', assigned: 'Assigned “{{name}}”',
  },
  validation: { source: 'Unknown source: use WEB_FORM, IMPORT, CAMPAIGN, REFERRAL, EVENT, API, OTHER or leave it empty', extraCells: 'More cells than the header has columns' },
  errors: { alreadyConverted: 'This lead is already converted', disqualified: 'This lead is disqualified; reopen it first', customerNotEditable: 'The matching customer is not yours: claim it first or pick another customer' },
};

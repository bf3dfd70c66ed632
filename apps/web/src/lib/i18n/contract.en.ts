import type { contractZhCN } from './contract.zh-CN.ts';

/** Texts of the contract module, in English (joined into en.ts). */
export const contractEn: typeof contractZhCN = {
  nav: 'Contracts',
  listTitle: 'Contracts',
  listDescription: 'Sales and service contracts: periods, values, renewal reminders and entitlements.',
  new: 'New contract',
  create: 'Create contract',
  editTitle: 'Edit contract {{number}}',
  backToList: 'Back to contracts',
  backToContract: 'Back to the contract',
  notFound: 'This contract does not exist or you cannot see it',
  empty: 'No contracts yet',
  emptyFiltered: 'No contracts match these filters',
  searchPlaceholder: 'Search by number or title',
  kind: { SALES: 'Sales', SERVICE: 'Service' },
  status: { DRAFT: 'Draft', ACTIVE: 'Active', EXPIRING: 'Expiring', EXPIRED: 'Expired', RENEWED: 'Renewed', TERMINATED: 'Terminated' },
  fields: {
    number: 'Number', title: 'Title', kind: 'Kind', status: 'Status', customer: 'Customer', contact: 'Customer signatory', owner: 'Owner',
    partner: 'Partner', opportunity: 'Deal', value: 'Value', currency: 'Currency', startDate: 'Start date', endDate: 'End date',
    signedDate: 'Signed on', terms: 'Terms', renewalNoticeDays: 'Renewal notice (days)', autoRenew: 'Auto-renew', daysLeft: 'Left',
    terminationReason: 'Termination reason', renewalReminderAt: 'Renewal reminder sent', updatedAt: 'Updated',
    state: 'Status', ownerId: 'Owner', contactId: 'Customer signatory', partnerId: 'Partner', opportunityId: 'Deal', orderId: 'Order',
    renewedBy: 'Renewed as', renewedFrom: 'Renews', name: 'Entitlement', productId: 'Product', quantity: 'Quantity', used: 'Used', responseHours: 'Response time (hours)',
  },
  filters: { search: 'Search', status: 'Status', kind: 'Kind', endFrom: 'Ending from', endTo: 'Ending until', owner: 'Owner' },
  daysLeft: { left: '{{count}} days left', today: 'Ends today', overdue: 'Expired {{count}} days ago' },
  form: {
    basics: 'Basics', parties: 'Parties', money: 'Value and period', terms: 'Terms', pickCustomerFirst: 'Pick a customer first', noContact: 'None',
    noDeal: 'None', noticeHint: 'Days before the end date when the owner gets a renewal task (0–365)',
  },
  detail: {
    parties: 'Parties', period: 'Period and value', terms: 'Terms', noTerms: 'No terms entered', chain: 'Renewal chain', previous: 'Previous', next: 'Next',
    renewedFrom: 'Renews {{number}}', renewedBy: 'Renewed as {{number}}',
  },
  entitlements: {
    title: 'Entitlements', empty: 'No entitlements', add: 'Add entitlement', edit: 'Edit entitlement', remove: 'Remove', name: 'Name', quantity: 'Quantity',
    unlimited: 'Unlimited', used: 'Used', remaining: 'Remaining', usage: 'Usage', responseHours: 'Response time (hours)', response: 'Response', notes: 'Notes',
    quantityHint: 'Leave empty for unlimited', removeTitle: 'Remove entitlement', removeBody: 'Remove “{{name}}”?', actionsFor: 'Actions for {{name}}',
    hours: '{{count}} h',
  },
  actions: {
    edit: 'Edit', activate: 'Activate', renew: 'Renew', terminate: 'Terminate', delete: 'Delete',
    activateTitle: 'Activate contract', activateBody: 'Contract {{number}} goes from draft to active. Leave the signed date empty for today.', activateConfirm: 'Activate',
    renewTitle: 'Renew contract {{number}}', renewBody: 'Creates the next contract (entitlements copied, nothing used yet) and marks this one renewed.',
    renewActivate: 'The new contract is active right away', renewConfirm: 'Renew',
    terminateTitle: 'Terminate contract {{number}}', terminateBody: 'A terminated contract can no longer be changed.', reason: 'Reason', terminateConfirm: 'Terminate',
    deleteTitle: 'Delete contract', deleteBody: 'Delete the draft contract {{number}}?',
  },
  notify: {
    created: 'Contract created', updated: 'Contract saved', activated: 'Contract activated', renewed: 'Renewed as {{number}}', terminated: 'Contract terminated',
    deleted: 'Contract deleted', entitlementSaved: 'Entitlement saved', entitlementRemoved: 'Entitlement removed',
  },
  stale: { title: 'Someone else changed this contract', body: 'Reload it and make your change again.' },
  customer: { title: 'Contracts', add: 'New contract', empty: 'No contracts for this customer yet' },
};

import type { orderZhCN } from './order.zh-CN.ts';

/** Texts of sales orders, in English (joined into en.ts). */
export const orderEn: typeof orderZhCN = {
  nav: 'Orders',
  listTitle: 'Sales orders',
  listDescription: 'What accepted quotes became.',
  empty: 'No orders yet. Accepting a quote creates one.',
  emptyFiltered: 'No orders match these filters',
  notFound: 'This order does not exist or you cannot see it',
  backToList: 'All orders',
  status: { CONFIRMED: 'Confirmed', FULFILLED: 'Fulfilled', CANCELLED: 'Cancelled' },
  fields: {
    number: 'Order no.', status: 'Status', customer: 'Customer', deal: 'Deal', quote: 'Quote', orderDate: 'Order date', total: 'Total',
    owner: 'Owner', contact: 'Contact', notes: 'Notes', billingAddress: 'Billing address', subtotal: 'Subtotal', discountTotal: 'Discount', taxTotal: 'Tax',
  },
  filters: { search: 'Search order number', status: 'Status' },
  lines: 'Lines',
  actions: { fulfil: 'Mark as fulfilled', cancel: 'Cancel order' },
  confirm: {
    fulfilTitle: 'Fulfil order', fulfilBody: 'Mark order {{number}} as fulfilled?',
    cancelTitle: 'Cancel order', cancelBody: 'Cancel order {{number}}? This cannot be undone.',
  },
  notify: { fulfilled: 'Order fulfilled', cancelled: 'Order cancelled' },
  errors: { ORDER_NOT_CONFIRMED: 'Only confirmed orders can be fulfilled or cancelled' },
  section: { title: 'Sales orders', empty: 'No orders of this customer that you can see' },
};

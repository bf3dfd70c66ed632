/** 销售订单的文字（并入 zh-CN.ts）。 */
export const orderZhCN = {
  nav: '销售订单',
  listTitle: '销售订单',
  listDescription: '客户接受报价后生成的订单。',
  empty: '还没有订单。接受一份报价单即可生成订单。',
  emptyFiltered: '没有符合筛选条件的订单',
  notFound: '订单不存在，或您无权查看',
  backToList: '订单列表',
  status: { CONFIRMED: '已确认', FULFILLED: '已履行', CANCELLED: '已取消' },
  fields: {
    number: '订单号', status: '状态', customer: '客户', deal: '商机', quote: '报价单', orderDate: '下单日期', total: '总计',
    owner: '负责人', contact: '联系人', notes: '备注', billingAddress: '账单地址', subtotal: '小计', discountTotal: '折扣', taxTotal: '税额',
  },
  filters: { search: '搜索订单号', status: '状态' },
  lines: '明细',
  actions: { fulfil: '标记为已履行', cancel: '取消订单' },
  confirm: {
    fulfilTitle: '履行订单', fulfilBody: '将订单 {{number}} 标记为已履行？',
    cancelTitle: '取消订单', cancelBody: '取消订单 {{number}}？此操作不能撤销。',
  },
  notify: { fulfilled: '订单已履行', cancelled: '订单已取消' },
  errors: { ORDER_NOT_CONFIRMED: '只有已确认的订单可以履行或取消' },
  section: { title: '销售订单', empty: '该客户还没有您可见的订单' },
};

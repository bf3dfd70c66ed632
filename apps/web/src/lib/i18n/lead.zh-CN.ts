/** Lead texts (简体中文); imported by zh-CN.ts as `lead`. en.ts's lead.en.ts must match its keys. */
export const leadZhCN = {
  nav: '线索', assignmentNav: '线索分配',
  listTitle: '线索', listDescription: '来自表单、活动、导入和接口的潜在客户：跟进、认定、分配并转化。',
  new: '新建线索', create: '创建线索', editTitle: '编辑线索：{{name}}', backToList: '返回线索列表', backToLead: '返回线索',
  notFound: '该线索不存在或你无权查看', empty: '还没有线索。可以新建或导入 CSV。', emptyFiltered: '没有符合筛选条件的线索',
  import: '导入 CSV', pool: '线索池', unassigned: '未分配',
  fields: {
    name: '姓名', company: '公司', title: '职务', email: '邮箱', phone: '电话', source: '来源', status: '状态',
    owner: '负责人', ownerId: '负责人', territory: '区域', territoryId: '区域', description: '描述',
    disqualifyReason: '不合格原因', createdBy: '创建人', createdAt: '创建时间', convertedAt: '转化时间',
    convertedCustomer: '转化为客户', convertedContact: '转化为联系人',
  },
  status: { NEW: '新线索', WORKING: '跟进中', QUALIFIED: '已认定', DISQUALIFIED: '不合格', CONVERTED: '已转化' },
  source: { WEB_FORM: '网站表单', IMPORT: '导入', CAMPAIGN: '市场活动', REFERRAL: '转介绍', EVENT: '展会活动', API: '接口', OTHER: '其他' },
  filters: {
    search: '搜索', searchPlaceholder: '姓名、公司、邮箱或电话', statuses: '状态', created: '创建日期', pickDates: '选择日期',
    ownership: '分配', all: '全部', unassigned: '仅线索池', assigned: '仅已分配', showDeleted: '显示已删除',
  },
  form: {
    basics: '基本信息', reach: '联系方式', more: '更多', ownerHint: '留空：按分配规则；选“未分配”放入线索池',
    byRule: '按分配规则', unassigned: '未分配（线索池）',
  },
  duplicates: {
    title: '可能重复', hint: '以下记录与正在录入的线索相似，请先确认：', customers: '客户', contacts: '联系人', leads: '线索',
    conflictTitle: '已有相同邮箱的线索', conflictBody: '系统中已有使用该邮箱的线索。请先查看；若确属不同线索，可仍然创建。',
    createAnyway: '仍然创建', matchedOn: '{{field}}相同', atCustomer: '（{{customer}}）',
  },
  actions: {
    qualify: '认定为合格', disqualify: '标记不合格', assign: '分配', convert: '转化', startWorking: '开始跟进', reopen: '重新打开',
    takeIt: '领取', release: '放回线索池',
  },
  disqualify: {
    title: '标记为不合格', body: '说明“{{name}}”不合格的原因，便于日后复盘。', reason: '原因',
    placeholder: '例如：没有预算、无决策权、重复线索…', confirm: '标记不合格',
  },
  assign: { title: '分配线索', body: '把“{{name}}”交给：', owner: '负责人', confirm: '分配', none: '未分配（放回线索池）' },
  convert: {
    title: '转化线索', body: '一步生成客户、联系人和商机，全部在一个事务中完成。', customer: '客户',
    createNew: '新建客户“{{name}}”', reuse: '使用已有客户', matching: '名称相同的客户', pickOther: '或搜索其他客户',
    noMatch: '没有同名客户，将新建一个。', createOpportunity: '同时创建商机', opportunityName: '商机名称',
    amount: '金额', currency: '币种', expectedCloseDate: '预计成交日期', closeDefault: '默认：30 天后', confirm: '转化', done: '已转化为客户“{{name}}”',
  },
  detail: { facts: '详细信息', converted: '转化结果', history: '记录' },
  importPage: {
    title: '导入线索', description: '上传 CSV 文件：首行为表头 name,company,title,email,phone,source,description，最多 5000 行。所有行都通过校验才会导入，否则一条也不保存。',
    pick: '选择 CSV 文件', pickPlaceholder: '点击选择文件', template: '下载模板', preview: '预览（前 {{shown}} 行，共 {{total}} 行）',
    check: '校验', start: '导入', run: '导入 {{count}} 行', checking: '正在校验…', importing: '正在导入…', row: '行',
    errors: '{{count}} 处错误，请修正文件后重新选择。', valid: '校验通过：{{valid}} 行有效，{{skipped}} 行因邮箱重复将跳过。',
    done: '已导入 {{created}} 条线索，跳过 {{skipped}} 条重复。', again: '再导入一个文件', toList: '查看线索',
    readFailed: '无法读取该文件', empty: '文件中没有数据行', skippedRows: '跳过的行：{{rows}}',
  },
  rule: {
    title: '线索分配规则', description: '新建或导入的线索未指定负责人时，如何分配。', mode: '方式',
    modes: { NONE: '不自动分配（进入线索池）', ROUND_ROBIN: '轮流分配', TERRITORY: '按区域分配' },
    department: '参与轮流的部门', allReps: '全部销售代表', departmentHint: '该部门及下级部门中启用的销售代表；留空为全部销售代表',
    territories: '各区域的销售', territoryHint: '区域没有指定销售时按轮流分配。', reps: '销售', saved: '分配规则已保存',
  },
  stale: { title: '该线索已被他人修改', body: '你编辑期间有人保存了该线索。请重新加载最新数据后再修改。' },
  confirmDelete: { title: '删除线索', body: '删除“{{name}}”？可在“显示已删除”中找回并恢复。' },
  notify: {
    created: '线索已创建', updated: '线索已保存', deleted: '已删除“{{name}}”', restored: '已恢复“{{name}}”',
    qualified: '已认定“{{name}}”', disqualified: '已将“{{name}}”标记为不合格', assigned: '已分配“{{name}}”',
  },
  validation: { source: '来源无效：可填 WEB_FORM、IMPORT、CAMPAIGN、REFERRAL、EVENT、API、OTHER 或留空', extraCells: '单元格多于表头列数' },
  errors: { alreadyConverted: '该线索已经转化', disqualified: '该线索不合格，请先重新打开', customerNotEditable: '匹配的客户不归你负责，请先领取或选择其他客户' },
};

/** Texts of the sales dashboard and the currency-rate admin, in Chinese (joined into zh-CN.ts). */
export const dashboardZhCN = {
  nav: '销售仪表盘',
  title: '销售仪表盘',
  description: '漏斗、管道、预测、赢率、收入与线索转化——仅统计您有权查看的商机和线索。',
  filters: {
    period: '期间', thisMonth: '本月', thisQuarter: '本季度', thisYear: '本年', custom: '自定义',
    range: '日期范围', owner: '负责人', department: '部门', territory: '区域', currency: '显示币种',
    anyOwner: '全部负责人', anyDepartment: '全部部门', anyTerritory: '全部区域',
  },
  shownIn: '金额单位：{{currency}}',
  convertedNote: '其他币种按管理员维护的汇率换算为 {{currency}}',
  unconverted: '{{count}} 个商机的币种没有汇率（{{currencies}}），未计入金额，仅计入数量。',
  empty: '此期间没有数据',
  clickHint: '点击图形查看对应记录',
  unassigned: '（未分配）',
  hiddenCustomer: '（无权查看的客户）',
  count: '数量', deals: '{{count}} 个商机', amount: '金额', weighted: '加权金额', unweighted: '未加权部分',
  funnel: { title: '销售漏斗', subtitle: '期间内预计成交的进行中商机，以及期间内赢单/输单的商机', lost: '输单' },
  pipeline: { title: '按预计成交月份的管道', subtitle: '进行中商机：金额与加权金额（金额 × 赢率）' },
  forecast: {
    title: '期间预测', subtitle: '加权管道、承诺、最佳情况与已赢单，并与销售目标对比',
    weighted: '加权管道', weightedHint: '进行中商机 Σ 金额 × 赢率',
    commit: '承诺', commitHint: '赢率 ≥ 75% 的商机 + 已赢单',
    bestCase: '最佳情况', bestCaseHint: '全部进行中商机 + 已赢单',
    won: '已赢单', wonHint: '{{count}} 个商机在期间内赢单', open: '{{count}} 个进行中商机',
    target: '目标', attainment: '达成率', byMonth: '按月', byQuarter: '按季度', noTarget: '未设目标',
    vsTarget: '目标对比', vsTargetHint: '目标 vs 已赢单 vs 加权管道；达成率 = 已赢单 ÷ 目标',
    targetUnconverted: '{{count}} 个目标的币种没有汇率，未计入',
  },
  winRate: {
    title: '各负责人的赢率与销售周期', subtitle: '期间内关闭的商机',
    owner: '负责人', won: '赢单', lost: '输单', rate: '赢率', cycle: '平均周期', cycleDays: '{{days}} 天', wonAmount: '赢单金额',
  },
  revenue: { title: '月度收入', subtitle: '按关闭日期统计的赢单金额' },
  topCustomers: { title: '前 10 名客户', subtitle: '期间内赢单金额最高的客户' },
  leads: {
    title: '各来源的线索转化', subtitle: '期间内创建的线索及其转化率', total: '线索数', converted: '已转化', rate: '转化率',
    sources: { WEB_FORM: '网页表单', IMPORT: '导入', CAMPAIGN: '市场活动', REFERRAL: '转介绍', EVENT: '会展活动', API: 'API', OTHER: '其他' },
  },
};

export const currencyZhCN = {
  nav: '币种与汇率',
  title: '币种与汇率',
  description: '汇率用于把不同币种的商机金额换算成本位币后汇总。1 单位外币 = 汇率 × 本位币。',
  base: '本位币：{{currency}}',
  examples: '系统预置的汇率（USD、EUR、HKD、JPY、GBP）只是示例，请按贵公司实际使用的汇率修改。',
  currency: '币种', rate: '汇率（{{base}}）', updatedAt: '更新时间', add: '添加汇率', empty: '还没有汇率：其他币种的金额不会计入汇总',
  deleteTitle: '删除汇率', deleteBody: '确定删除 {{currency}} 的汇率吗？该币种的商机将不计入金额汇总。',
  saved: '{{currency}} 汇率已保存', deleted: '已删除 {{currency}} 的汇率',
  validation: { rateFormat: '汇率最多 10 位整数、8 位小数', positive: '必须大于 0', base: '本位币的汇率固定为 1', noRate: '该币种没有汇率' },
};

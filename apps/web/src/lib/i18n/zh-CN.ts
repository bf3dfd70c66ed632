import { currencyZhCN, dashboardZhCN } from './dashboard.zh-CN.ts';
import { targetZhCN } from './target.zh-CN.ts';
import { territoryZhCN } from './territory.zh-CN.ts';
import { leadZhCN } from './lead.zh-CN.ts';
import { activityZhCN } from './activity.zh-CN.ts';
import { contractZhCN } from './contract.zh-CN.ts';
import { commissionZhCN } from './commission.zh-CN.ts';
import { productZhCN } from './product.zh-CN.ts';
import { quoteZhCN } from './quote.zh-CN.ts';
import { orderZhCN } from './order.zh-CN.ts';
import { accountZhCN } from './account.zh-CN.ts';
import { shareZhCN } from './share.zh-CN.ts';
import { apiKeyZhCN } from './apikey.zh-CN.ts';
import { roleZhCN } from './role.zh-CN.ts';
import { jobZhCN } from './job.zh-CN.ts';
import { exportZhCN } from './export.zh-CN.ts';
import { importZhCN } from './import.zh-CN.ts';
import { webhookZhCN } from './webhook.zh-CN.ts';

/** Simplified Chinese — the default language and the source of the key structure (en.ts must match it). */
export const zhCN = {
  app: { name: 'Panorama CRM' },
  language: { 'zh-CN': '简体中文', en: 'English' },
  nav: {
    main: '主导航', toggle: '展开或收起导航', customers: '客户', contacts: '联系人', pool: '公海',
    admin: '系统管理', users: '用户', departments: '部门', audit: '审计日志', leads: '线索', leadAssignment: '线索分配',
  },
  header: { language: '语言 / Language', userMenu: '用户菜单', signedInAs: '当前登录', signOut: '退出登录' },
  common: {
    save: '保存', cancel: '取消', edit: '编辑', delete: '删除', restore: '恢复', reload: '重新加载', retry: '重试',
    loading: '加载中…', loadMore: '加载更多', loadFailed: '加载失败', nothingFound: '没有匹配项', any: '全部', all: '全部',
    yes: '是', no: '否', empty: '（空）', system: '系统', deleted: '已删除', required: '此项为必填项',
    clearFilters: '清除筛选', createdAt: '创建时间', updatedAt: '更新时间', changedTo: '改为',
    totalCount: '共 {{total}} 条', pageNumber: '第 {{page}} 页', previousPage: '上一页', nextPage: '下一页',
  },
  auth: {
    subtitle: '登录以进入客户全景视图', email: '邮箱', password: '密码', submit: '登录',
    missingFields: '请输入邮箱和密码', wrongCredentials: '邮箱或密码错误',
  },
  errors: {
    UNAUTHENTICATED: '请先登录', FORBIDDEN: '您没有权限执行此操作', NOT_FOUND: '记录不存在或您无权查看',
    BAD_USER_INPUT: '输入有误，请检查', CONFLICT: '操作与当前数据冲突', RATE_LIMITED: '请求过于频繁，请稍后再试',
    INTERNAL_SERVER_ERROR: '服务器出错了，请稍后再试', network: '无法连接服务器，请检查网络',
    tooManyAttempts: '尝试次数过多，请 {{minutes}} 分钟后再试',
    staleVersion: '该记录已被他人修改，请重新加载后再编辑', claimLimit: '已达到认领上限（{{limit}} 个）',
    alreadyOwned: '该客户已有负责人', inPool: '该客户已在公海中', deletedRecord: '该记录已删除，请先恢复',
    duplicate: '存在疑似重复的客户', formHasErrors: '请修正标出的字段后重试', actionFailed: '操作失败',
    pageFailed: '页面加载失败',
  },
  validation: {
    required: '此项为必填项', length: '长度须为 {{min}}–{{max}} 个字符', maxLength: '最多 {{max}} 个字符',
    email: '请输入有效的邮箱地址', id: '编号格式不正确', noSuch: '所选记录不存在或您无权查看', inUse: '已被占用',
    wrong: '不正确', otherCustomer: '不属于该客户', range: '须为 {{min}}–{{max}} 之间的整数', positive: '须为正整数',
  },
  notFound: { title: '页面不存在', description: '您访问的地址不存在，或记录已被删除。', home: '返回客户列表' },
  forbidden: { title: '无权访问', description: '您的角色没有访问此页面的权限。如需开通，请联系管理员。' },
  enums: {
    kind: { COMPANY: '公司', PERSON: '个人' },
    stage: { LEAD: '线索', PROSPECT: '潜在客户', CUSTOMER: '成交客户', CHURNED: '已流失' },
    tier: { STRATEGIC: '战略', KEY: '重点', STANDARD: '普通', SMALL: '小微' },
    size: { MICRO: '微型（<10人）', SMALL: '小型（10–49人）', MEDIUM: '中型（50–249人）', LARGE: '大型（250–999人）', ENTERPRISE: '集团（1000人以上）' },
    channel: { EMAIL: '邮件', PHONE: '电话', SMS: '短信', WECHAT: '微信', IN_PERSON: '面谈' },
    role: {
      ADMIN: '管理员', SALES_MANAGER: '销售经理', SALES_REP: '销售代表', SERVICE_MANAGER: '服务经理',
      SERVICE_AGENT: '服务专员', MARKETER: '市场专员', PARTNER: '合作伙伴', PARTNER_ADMIN: '合作伙伴管理员',
    },
  },
  customer: {
    listTitle: '客户', listDescription: '公司与个人客户，含公海客户。', new: '新建客户', create: '创建客户',
    editTitle: '编辑客户：{{name}}', backToList: '返回客户列表', backToCustomer: '返回客户详情',
    notFound: '客户不存在或您无权查看', empty: '还没有客户，点击“新建客户”添加第一个。', emptyFiltered: '没有符合筛选条件的客户',
    fields: {
      name: '名称', kind: '类型', industry: '行业', size: '规模', tier: '等级', lifecycleStage: '阶段',
      owner: '负责人', ownerId: '负责人', territory: '区域', territoryId: '区域', tags: '标签', phone: '电话',
      email: '邮箱', website: '网站', address: '地址', country: '国家/地区', province: '省份', city: '城市',
      street: '街道地址', postalCode: '邮编', customFields: '自定义字段', pool: '公海状态', inPool: '在公海中',
      lastActivityAt: '最近活动', claimedAt: '认领时间', deletedAt: '删除时间',
    },
    filters: {
      search: '搜索', searchPlaceholder: '名称、电话或邮箱', pool: '归属', poolAll: '全部',
      poolIn: '仅公海', poolOwned: '仅已分配', showDeleted: '显示已删除',
    },
    status: { inPool: '公海', owned: '已分配' },
    detail: { facts: '客户信息' },
    form: {
      basics: '基本信息', ownership: '归属', contact: '联系方式', address: '地址',
      ownerHint: '清空则放入公海', noOwner: '公海（无负责人）', tagsHint: '输入后按回车添加',
      noCustomFields: '暂无自定义字段', customFieldName: '字段名', customFieldValue: '字段值',
      addCustomField: '添加字段', removeCustomField: '删除字段 {{name}}',
    },
    duplicates: {
      title: '可能重复的客户', hint: '以下客户与正在填写的信息相似，请确认不是同一客户：',
      conflictTitle: '发现疑似重复的客户', conflictBody: '系统中已有相似的客户。请先查看；如确认不是同一客户，可继续创建。',
      createAnyway: '仍然创建', matchedOn: '{{field}}相同',
    },
    stale: {
      title: '该客户已被他人修改',
      body: '在您编辑期间，其他人保存了这个客户。请重新加载最新数据后再修改（您未保存的修改将被替换）。',
    },
    confirmDelete: { title: '删除客户', body: '确定删除客户“{{name}}”吗？删除后可在“显示已删除”中找到并恢复。' },
    notify: {
      created: '客户已创建', updated: '客户已保存', deleted: '已删除客户“{{name}}”', restored: '已恢复客户“{{name}}”',
    },
    contacts: { title: '联系人', add: '添加联系人', empty: '该客户还没有联系人' },
    timeline: {
      title: '动态', addNote: '添加备注', notePlaceholder: '记录沟通要点、下一步计划…', noteShortcut: '按 Ctrl+Enter 保存',
      saveNote: '保存备注', noteAdded: '备注已添加', empty: '暂无动态', addedNote: '{{actor}} 添加了备注',
      summary: '{{actor}} {{action}}{{entity}}', viewContact: '查看联系人',
    },
  },
  contact: {
    listTitle: '联系人', listDescription: '客户单位中的联系人。', new: '新建联系人', create: '创建联系人',
    editTitle: '编辑联系人：{{name}}', backToList: '返回联系人列表', backToCustomer: '返回客户',
    backToContact: '返回联系人详情', notFound: '联系人不存在或您无权查看',
    empty: '还没有联系人', emptyFiltered: '没有符合筛选条件的联系人',
    fields: {
      name: '姓名', customer: '所属客户', customerId: '所属客户', title: '职务', roles: '角色', email: '邮箱',
      phone: '电话', mobile: '手机', preferredChannel: '首选渠道', isPrimary: '主要联系人', flags: '联系限制',
      reach: '联系方式', doNotCall: '勿电话', doNotEmail: '勿邮件', doNotSms: '勿短信',
    },
    filters: { search: '搜索', searchPlaceholder: '姓名、邮箱或电话', showDeleted: '显示已删除' },
    flags: { doNotCall: '勿电话', doNotEmail: '勿邮件', doNotSms: '勿短信' },
    form: { basics: '基本信息', reach: '联系方式', consent: '联系限制', rolesHint: '例如：决策人、财务；按回车添加' },
    detail: { facts: '联系人信息' },
    stale: { title: '该联系人已被他人修改', body: '在您编辑期间，其他人保存了这个联系人。请重新加载最新数据后再修改。' },
    confirmDelete: { title: '删除联系人', body: '确定删除联系人“{{name}}”吗？' },
    notify: {
      created: '联系人已创建', updated: '联系人已保存', deleted: '已删除联系人“{{name}}”', restored: '已恢复联系人“{{name}}”',
    },
  },
  pool: {
    title: '公海', description: '暂无负责人的客户，任何销售都可以认领。长期无活动的客户会自动回到公海。',
    empty: '公海中暂无客户', claim: '认领', claimNamed: '认领 {{name}}', release: '退回公海',
    myClaimsLabel: '我的认领', myClaims: '{{claimed}} / {{limit}}',
    confirmRelease: { title: '退回公海', body: '确定将“{{name}}”退回公海吗？退回后任何人都可以认领。' },
    notify: { claimed: '已认领“{{name}}”', released: '已将“{{name}}”退回公海' },
  },
  admin: {
    users: {
      title: '用户', description: '管理员工账号、角色、部门与认领上限。', new: '新建用户', create: '创建用户',
      editTitle: '编辑用户：{{name}}', empty: '没有符合条件的用户', actionsFor: '{{name}} 的操作',
      fields: {
        name: '姓名', email: '邮箱', password: '初始密码', newPassword: '新密码', confirmPassword: '确认新密码',
        role: '用户类型', department: '部门', departmentId: '部门', locale: '语言', claimLimit: '认领上限',
        status: '状态', lastLoginAt: '最近登录', active: '启用',
      },
      filters: { search: '搜索', searchPlaceholder: '姓名或邮箱' },
      status: { active: '启用', inactive: '已停用', locked: '已锁定' },
      passwordHint: '至少 8 位，建议包含字母和数字', claimLimitHint: '留空则使用默认上限',
      defaultLimit: '默认（{{limit}}）', resetPassword: '重置密码', resetPasswordTitle: '重置 {{name}} 的密码',
      resetPasswordHint: '重置后该用户的所有登录会话将失效，锁定也会解除。', passwordMismatch: '两次输入的密码不一致',
      deactivate: '停用', reactivate: '重新启用', deactivateTitle: '停用用户',
      deactivateBody: '确定停用“{{name}}”吗？该用户将被立即退出登录且无法再登录。',
      notify: {
        created: '用户已创建', updated: '用户已保存', deactivated: '已停用“{{name}}”', reactivated: '已重新启用“{{name}}”',
        passwordReset: '已重置“{{name}}”的密码',
      },
    },
    departments: {
      title: '部门', description: '组织架构树：经理可以查看其部门及下级部门的记录。', addRoot: '新建顶级部门',
      addRootTitle: '新建顶级部门', addChildTitle: '在“{{name}}”下新建部门', renameTitle: '重命名“{{name}}”',
      moveTitle: '移动“{{name}}”', addChildNamed: '在 {{name}} 下新建', renameNamed: '重命名 {{name}}',
      moveNamed: '移动 {{name}}', deleteNamed: '删除 {{name}}', deleteTitle: '删除部门',
      deleteBody: '确定删除部门“{{name}}”吗？', notEmpty: '该部门下还有用户或子部门，无法删除',
      deleted: '已删除部门“{{name}}”', saved: '部门已保存', empty: '还没有部门', topLevel: '（顶级部门）',
      userCount: '{{n}} 人', expand: '展开', collapse: '收起',
      fields: { name: '部门名称', parent: '上级部门', parentId: '上级部门' },
    },
    poolSettings: {
      title: '公海设置', description: '未单独设置上限的用户最多可同时负责的客户数，以及无活动多少天后客户自动回到公海。',
      defaultClaimLimit: '默认认领上限', autoReleaseDays: '无活动自动退回天数', autoReleaseHint: '0 表示不自动退回',
      saved: '公海设置已保存',
    },
  },
  audit: {
    title: '审计日志', description: '谁在什么时候修改了什么。', empty: '没有符合条件的记录', pickPeriod: '选择日期范围',
    fields: { at: '时间', actor: '操作人', action: '操作', entity: '对象', changes: '变更内容', period: '日期范围' },
    entities: { AccessRole: '角色', Customer: '客户', Contact: '联系人', User: '用户', Department: '部门', Setting: '设置', Note: '备注', Opportunity: '商机', PipelineStage: '销售阶段', Lead: '线索', CurrencyRate: '汇率', SalesTarget: '销售目标', Territory: '销售区域', Activity: '活动', Product: '产品', PriceBook: '价格表', Contract: '合同', Quote: '报价单', Order: '销售订单', CommissionPlan: '提成方案', CommissionPeriod: '提成月份', ApiKey: 'API 密钥' },
    actions: {
      SENT: '发送了', ACCEPTED: '接受了', REJECTED: '拒绝了', REVISED: '修订出', FULFILLED: '履行了', CANCELLED: '取消了',
      ARCHIVED: '归档了', UNARCHIVED: '恢复在售了', PRICE_SET: '设置了价格：', PRICE_UPDATED: '修改了价格：', PRICE_REMOVED: '移除了价格：',
      CREATED: '创建了', UPDATED: '修改了', DELETED: '删除了', RESTORED: '恢复了', CLAIMED: '认领了', RELEASED: '退回了',
      LOCKED: '锁定了', DEACTIVATED: '停用了', REACTIVATED: '重新启用了', PASSWORD_RESET: '重置了密码：', REORDERED: '调整了顺序：',
      CONVERTED: '转化了', ASSIGNED: '分配了', QUALIFIED: '认定了', DISQUALIFIED: '否决了', IMPORTED: '导入了', COMPLETED: '完成了',
      ACTIVATED: '生效了', RENEWED: '续约了', TERMINATED: '终止了', ENTITLEMENT_ADDED: '添加了权益：', ENTITLEMENT_UPDATED: '修改了权益：', ENTITLEMENT_REMOVED: '删除了权益：',
      CLOSED: '结账了', REOPENED: '重新打开了', REVOKED: '撤销了', SHARED: '共享了', SHARE_CHANGED: '修改了共享：', UNSHARED: '取消共享了',
    },
    actionNames: {
      SENT: '发送', ACCEPTED: '接受', REJECTED: '拒绝', REVISED: '修订', FULFILLED: '履行', CANCELLED: '取消',
      ARCHIVED: '归档', UNARCHIVED: '恢复在售', PRICE_SET: '设置价格', PRICE_UPDATED: '修改价格', PRICE_REMOVED: '移除价格',
      CREATED: '创建', UPDATED: '修改', DELETED: '删除', RESTORED: '恢复', CLAIMED: '认领', RELEASED: '退回公海',
      LOCKED: '锁定', DEACTIVATED: '停用', REACTIVATED: '重新启用', PASSWORD_RESET: '重置密码', NOTE: '备注', REORDERED: '调整顺序',
      CONVERTED: '转化', ASSIGNED: '分配', QUALIFIED: '认定合格', DISQUALIFIED: '标记不合格', IMPORTED: '导入', COMPLETED: '完成',
      ACTIVATED: '生效', RENEWED: '续约', TERMINATED: '终止', ENTITLEMENT_ADDED: '添加权益', ENTITLEMENT_UPDATED: '修改权益', ENTITLEMENT_REMOVED: '删除权益',
      CLOSED: '结账', REOPENED: '重新打开', REVOKED: '撤销', SHARED: '共享', SHARE_CHANGED: '修改共享', UNSHARED: '取消共享',
    },
  },
  lead: leadZhCN,
  activity: activityZhCN,
  contract: contractZhCN,
  commission: commissionZhCN,
  opportunity: {
    nav: { list: '商机', board: '销售看板' },
    listTitle: '商机', listDescription: '销售管道中的商机：金额、阶段和预计成交日期。', boardTitle: '销售看板',
    boardDescription: '按阶段查看商机；拖动卡片（或用键盘）即可推进阶段。', new: '新建商机', create: '创建商机',
    editTitle: '编辑商机：{{name}}', backToList: '返回商机列表', backToOpportunity: '返回商机',
    notFound: '商机不存在或您无权查看', empty: '暂无商机。点击“新建商机”添加第一个。', emptyFiltered: '没有符合筛选条件的商机',
    views: { list: '列表', board: '看板' },
    fields: {
      name: '商机名称', customer: '客户', customerId: '客户', contact: '联系人', contactId: '联系人', owner: '负责人',
      ownerId: '负责人', stage: '阶段', stageId: '阶段', status: '状态', amount: '金额', currency: '币种',
      probability: '赢率', weightedAmount: '加权金额', expectedCloseDate: '预计成交日期', competitors: '竞争对手',
      source: '来源', description: '描述', lostReason: '输单原因', closedAt: '关闭时间', stageEnteredAt: '进入当前阶段',
      createdAt: '创建时间', updatedAt: '更新时间', deletedAt: '删除时间',
    },
    status: { OPEN: '进行中', WON: '赢单', LOST: '输单' },
    filters: {
      search: '搜索', searchPlaceholder: '商机名称', stages: '阶段', status: '状态', closeRange: '预计成交日期',
      minAmount: '最低金额', showDeleted: '显示已删除', pickDates: '选择日期范围',
    },
    form: {
      basics: '基本信息', money: '金额与赢率', details: '更多信息', probabilityHint: '留空则使用阶段默认赢率',
      competitorsHint: '按回车添加', amountHint: '最多两位小数', amountFromProducts: '由商机的产品明细决定：请在商机页面编辑产品', pickCustomerFirst: '请先选择客户', noContact: '（无）',
      lostReasonHint: '阶段为“输单”时必填',
    },
    board: {
      count: '{{count}} 个商机', empty: '暂无商机', more: '还有 {{count}} 个未显示，请用筛选缩小范围',
      inactive: '已停用', cardLabel: '{{name}}，{{customer}}，{{amount}}', moved: '已移至“{{stage}}”', moveFailed: '移动失败，已恢复原位',
      instructions: '按空格键或回车键拿起卡片，用方向键移动，再按空格键或回车键放下，按 Esc 取消。',
      pickedUp: '已拿起“{{name}}”', over: '“{{name}}”移到了“{{stage}}”', dropped: '“{{name}}”已放到“{{stage}}”',
      cancelled: '已取消移动“{{name}}”', filters: '看板筛选', moveTo: '将“{{name}}”移到…',
    },
    lost: {
      title: '标记为输单', body: '“{{name}}”将移到“{{stage}}”。请说明输单原因，便于复盘。', reason: '输单原因',
      placeholder: '例如：价格太高、选择了竞争对手、预算取消…', confirm: '确认输单',
    },
    history: {
      title: '阶段历程', created: '创建于“{{stage}}”', moved: '从“{{from}}”移到“{{to}}”', spent: '在“{{stage}}”停留 {{duration}}',
      current: '在当前阶段已停留 {{duration}}', by: '操作人：{{name}}', lessThanMinute: '不到 1 分钟', empty: '暂无阶段记录',
    },
    detail: { facts: '详情' },
    stale: {
      title: '该商机已被他人修改',
      body: '在您编辑期间有人保存了该商机。请重新加载最新数据后再修改（未保存的修改将被替换）。',
    },
    confirmDelete: { title: '删除商机', body: '确定删除“{{name}}”吗？可通过“显示已删除”找到并恢复。' },
    notify: { created: '商机已创建', updated: '商机已保存', deleted: '已删除“{{name}}”', restored: '已恢复“{{name}}”' },
    customer: { title: '商机', add: '新建商机', empty: '暂无商机', view: '查看商机' },
    validation: {
      probability: '必须在 0 到 100 之间', amount: '请输入不超过两位小数的金额', nonNegative: '不能小于 0',
      currency: '不支持的币种', lostReason: '输单时必须填写输单原因', inactiveStage: '该阶段已停用',
      fixedProbability: '该阶段的赢率固定为 {{value}}', kindInUse: '阶段中还有商机，不能修改类型',
      lastOpen: '至少要保留一个启用的“进行中”阶段',
    },
  },
  pipeline: {
    nav: '销售阶段', title: '销售阶段', description: '配置销售管道：阶段顺序、默认赢率、赢单与输单阶段。',
    new: '新建阶段', create: '创建阶段', editTitle: '编辑阶段：{{name}}', empty: '暂无阶段',
    fields: {
      name: '阶段名称', probability: '默认赢率', kind: '类型', active: '启用', position: '顺序', opportunityCount: '商机数',
    },
    kinds: { OPEN: '进行中', WON: '赢单', LOST: '输单' },
    kindHint: '赢单阶段的赢率固定为 100%，输单阶段为 0%', inactive: '已停用', moveUp: '上移 {{name}}', moveDown: '下移 {{name}}',
    dragHandle: '拖动以调整“{{name}}”的顺序', actionsFor: '{{name}} 的操作', deactivate: '停用', activate: '启用',
    deleteTitle: '删除阶段', deleteBody: '确定删除阶段“{{name}}”吗？', inUse: '该阶段中有 {{count}} 个商机，只能停用，不能删除。',
    notify: {
      created: '阶段已创建', updated: '阶段已保存', deleted: '已删除“{{name}}”', reordered: '顺序已保存',
      deactivated: '已停用“{{name}}”', activated: '已启用“{{name}}”',
    },
  },
  dashboard: dashboardZhCN,
  currency: currencyZhCN,
  target: targetZhCN,
  territory: territoryZhCN,
  product: productZhCN,
  quote: quoteZhCN,
  order: orderZhCN,
  export: exportZhCN,
  import: importZhCN,
  account: accountZhCN,
  share: shareZhCN,
  apiKey: apiKeyZhCN,
  role: roleZhCN,
  job: jobZhCN,
  webhook: webhookZhCN,
};

export type Messages = typeof zhCN;

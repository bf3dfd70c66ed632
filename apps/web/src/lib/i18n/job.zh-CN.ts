/** 后台任务页面的文本（在 zh-CN.ts 中以 `job` 合并）。 */
export const jobZhCN = {
  nav: '后台任务',
  title: '后台任务',
  description: '定时与后台任务的队列：公海回收、合同续约提醒等。失败的任务可以重试，排队中的任务可以取消。',
  queues: {
    title: '队列',
    empty: '还没有任何后台任务',
  },
  list: {
    title: '任务',
    empty: '没有符合条件的任务',
    emptyFailed: '没有失败的任务',
  },
  fields: {
    task: '任务', status: '状态', attempts: '尝试次数', lastError: '最近错误', runAt: '计划时间', createdAt: '创建时间', finishedAt: '完成时间',
  },
  status: { QUEUED: '排队中', RUNNING: '运行中', SUCCEEDED: '成功', FAILED: '失败', CANCELLED: '已取消' },
  allStatuses: '全部状态',
  allTasks: '全部任务',
  attemptsOf: '{{attempts}} / {{max}}',
  noError: '—',
  tasks: {
    pool: { sweep: '公海自动回收' },
    contract: { sweep: '合同续约提醒' },
    jobs: { prune: '清理已完成任务' },
  },
  retry: { button: '重试', label: '重试任务“{{task}}”', done: '任务已重新排队' },
  cancel: {
    button: '取消任务',
    label: '取消任务“{{task}}”',
    title: '取消任务',
    body: '任务“{{task}}”将不会运行。此操作无法撤销。',
    done: '任务已取消',
  },
};

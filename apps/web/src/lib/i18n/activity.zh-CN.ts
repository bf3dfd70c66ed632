/** 活动与日历文案；键与 activity.en.ts 相同。 */
export const activityZhCN = {
  nav: '日历',
  kind: { CALL: '电话', MEETING: '会议', TASK: '任务', EMAIL: '邮件' },
  fields: {
    kind: '类型', subject: '主题', description: '描述', location: '地点', startAt: '开始', endAt: '结束', dueAt: '截止',
    attendeeIds: '参与人', owner: '负责人', when: '时间', done: '已完成',
  },
  section: { title: '活动', log: '记录活动', empty: '还没有活动', complete: '标记完成' },
  modal: { title: '记录活动', save: '保存', cancel: '取消', attendeesPlaceholder: '选择同事' },
  overlap: {
    title: '时间冲突',
    body: '以下参与人在该时间已有安排：',
    busy: '忙碌',
    anyway: '仍然安排',
  },
  calendar: {
    title: '日历', description: '按人员或团队查看会议、电话和任务。',
    day: '日', week: '周', month: '月', today: '今天', prev: '上一段', next: '下一段',
    users: '人员', department: '部门', me: '我', empty: '该时间段没有活动', allDay: '任务',
  },
  reminders: { label: '提醒', title: '提醒', empty: '没有待办提醒', overdue: '已逾期', due: '截止 {{time}}', starts: '{{time}} 开始' },
  validation: { afterStart: '必须晚于开始时间', staff: '必须是在职的员工', range: '与开始时间最多相隔 {{days}} 天' },
  created: '活动已记录',
};

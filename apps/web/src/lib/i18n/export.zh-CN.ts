/** Texts of list exports (CSV / Excel downloads), in Chinese (joined into zh-CN.ts). */
export const exportZhCN = {
  button: '导出',
  menuLabel: '导出当前筛选结果',
  csv: 'CSV（UTF-8，Excel 可直接打开）',
  xlsx: 'Excel 工作簿（.xlsx）',
  preparing: '正在准备导出…',
  progress: '已导出 {{received}} / {{total}} 行',
  progressBytes: '共 {{total}} 行，已接收 {{size}}',
  cancel: '取消导出',
  cancelled: '已取消导出',
  done: '已导出 {{total}} 行',
  failed: '导出失败',
};

import type { exportZhCN } from './export.zh-CN.ts';

/** Texts of list exports (CSV / Excel downloads), in English (joined into en.ts). */
export const exportEn: typeof exportZhCN = {
  button: 'Export',
  menuLabel: 'Export what the filter shows',
  csv: 'CSV (UTF-8, opens in Excel)',
  xlsx: 'Excel workbook (.xlsx)',
  preparing: 'Preparing the export…',
  progress: '{{received}} of {{total}} rows exported',
  progressBytes: '{{total}} rows, {{size}} received',
  cancel: 'Cancel export',
  cancelled: 'Export cancelled',
  done: '{{total}} rows exported',
  failed: 'Export failed',
};

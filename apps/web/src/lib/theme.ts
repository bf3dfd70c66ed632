import { createTheme } from '@mantine/core';

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    // Badges hold one short word: a table column must make room for it rather than cut it to "Stan…".
    Badge: { defaultProps: { radius: 'sm', tt: 'none' }, styles: { root: { minWidth: 'max-content' } } },
    Paper: { defaultProps: { radius: 'md' } },
    Modal: { defaultProps: { radius: 'md', overlayProps: { backgroundOpacity: 0.4, blur: 2 } } },
    // ISO dates read the same in both languages ("2026-12-25", not "十二月 25, 2026").
    DatePickerInput: { defaultProps: { valueFormat: 'YYYY-MM-DD' } },
  },
});

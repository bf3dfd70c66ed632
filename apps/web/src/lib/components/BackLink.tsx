import type { ReactNode } from 'react';
import { IconArrowLeft } from '@tabler/icons-react';

/** Content of a "← back to …" link above a page title. */
export function BackLabel({ children }: { children: ReactNode }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <IconArrowLeft size={14} />
      {children}
    </span>
  );
}

import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobStatus } from '@panorama/schema';

const COLORS: Record<JobStatus, string> = { QUEUED: 'blue', RUNNING: 'grape', SUCCEEDED: 'teal', FAILED: 'red', CANCELLED: 'gray' };

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]}>
      {t(`job.status.${status}`)}
    </Badge>
  );
}

import type { DatesRangeValue } from '@mantine/dates';

/** A picked day range ('YYYY-MM-DD' strings) as ISO instants covering both whole local days. */
export function rangeToInstants(range: DatesRangeValue<string>): { from?: string; to?: string } {
  const [start, end] = range;
  const from = start ? new Date(`${start}T00:00:00`) : undefined;
  const to = end ? new Date(`${end}T23:59:59.999`) : undefined;
  return { from: from?.toISOString(), to: to?.toISOString() };
}

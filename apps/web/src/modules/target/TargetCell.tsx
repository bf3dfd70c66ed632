import { useState } from 'react';
import { NumberInput } from '@mantine/core';

export interface CellTarget {
  id: string;
  amount: string;
  currency: string;
}

interface TargetCellProps {
  label: string;
  target: CellTarget | undefined;
  /** The currency new targets are saved in; a target in another one shows its own. */
  currency: string;
  saving: boolean;
  error?: string;
  onSave: (amount: string) => Promise<boolean>;
  onDelete: (id: string) => Promise<boolean>;
}

/** One editable target amount: saves on blur when changed; clearing it deletes the target. */
export function TargetCell({ label, target, currency, saving, error, onSave, onDelete }: TargetCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const original = target ? String(Number(target.amount)) : '';
  const value = draft ?? original;
  const commit = async () => {
    if (draft === null) return;
    const text = draft.trim();
    if (text === original || (text !== '' && original !== '' && Number(text) === Number(original))) return setDraft(null);
    const ok = text === '' ? (target ? await onDelete(target.id) : true) : await onSave(text);
    if (ok) setDraft(null);
  };
  const other = target && target.currency !== currency ? target.currency : null;
  return (
    <NumberInput
      aria-label={label}
      size="xs"
      w={116}
      min={0}
      allowNegative={false}
      decimalScale={2}
      hideControls
      value={value}
      onChange={(v) => setDraft(String(v))}
      onBlur={() => void commit()}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      error={error || null}
      disabled={saving}
      rightSection={other ? <span style={{ fontSize: 10, color: 'var(--mantine-color-dimmed)' }}>{other}</span> : undefined}
      rightSectionWidth={other ? 34 : undefined}
      styles={{ error: { fontSize: 11 } }}
    />
  );
}

import { useCallback, useState, type ChangeEvent } from 'react';
import type { FieldErrors } from '../errors.ts';

/**
 * Small controlled-form state: values, per-field errors (from the server or local checks),
 * and helpers to wire Mantine inputs. Editing a field clears its error.
 */
export function useFormState<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const clearError = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const next = { ...current };
      delete next[path];
      return next;
    });
  }, []);

  const set = useCallback(
    <K extends keyof T>(key: K, value: T[K], errorPath: string = String(key)) => {
      setValues((current) => ({ ...current, [key]: value }));
      clearError(errorPath);
    },
    [clearError],
  );

  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
  }, []);

  /** Props for TextInput, Textarea, PasswordInput: `{ value, onChange, error }`. */
  const text = <K extends keyof T>(key: K, errorPath: string = String(key)) => ({
    value: (values[key] ?? '') as string,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, event.currentTarget.value as T[K], errorPath),
    error: errors[errorPath],
  });

  return { values, set, setValues, errors, setErrors, reset, text };
}

export type FormState<T extends object> = ReturnType<typeof useFormState<T>>;

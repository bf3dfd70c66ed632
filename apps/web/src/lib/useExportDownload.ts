import { useCallback, useEffect, useRef, useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { useTranslation } from 'react-i18next';

export type ExportFormat = 'csv' | 'xlsx';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ExportFormat; total: number | null; rows: number | null; bytes: number }
  | { status: 'failed'; error: unknown };

const LF = 10;

/** The file name the server chose (RFC 5987 `filename*` first, for Chinese names). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? fallback;
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A failed answer as Apollo-shaped errors, so the app's error messages apply (useErrorMessage). */
async function failure(res: Response): Promise<unknown> {
  try {
    const body = (await res.json()) as { errors?: GraphQLFormattedError[] };
    if (body.errors?.length) return new CombinedGraphQLErrors({ errors: body.errors });
  } catch {
    // not JSON: a proxy's error page
  }
  return new CombinedGraphQLErrors({ errors: [{ message: res.statusText, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}

/**
 * Downloads `/export/<list>` for the list's current arguments (filter, orderBy) in the UI's
 * language, reading the body as it streams: progress is rows received (CSV: its line breaks)
 * against `X-Total-Count`; XLSX, compressed, reports bytes. `cancel()` aborts the request.
 */
export function useExportDownload(list: string, args: Record<string, unknown>) {
  const { i18n } = useTranslation();
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState({ status: 'idle' });
  }, []);

  const start = useCallback(
    async (format: ExportFormat): Promise<'done' | 'cancelled' | 'failed'> => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'running', format, total: null, rows: null, bytes: 0 });
      const query = new URLSearchParams({ format, locale: i18n.language, filter: JSON.stringify(args) });
      try {
        const res = await fetch(`/export/${list}?${query}`, {
          credentials: 'include',
          headers: { 'X-Requested-With': 'panorama' },
          signal: abort.signal,
        });
        if (!res.ok || !res.body) {
          setState({ status: 'failed', error: await failure(res) });
          return 'failed';
        }
        const total = Number(res.headers.get('X-Total-Count') ?? NaN);
        const known = Number.isFinite(total) ? total : null;
        const chunks: Uint8Array[] = [];
        let bytes = 0;
        let lines = 0;
        const reader = res.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          bytes += value.length;
          if (format === 'csv') for (const b of value) if (b === LF) lines++;
          // quoted line breaks inside a cell count too: never show more than the total
          const rows = format === 'csv' ? Math.max(0, Math.min(known ?? Infinity, lines - 1)) : null;
          setState({ status: 'running', format, total: known, rows, bytes });
        }
        save(new Blob(chunks as BlobPart[], { type: res.headers.get('Content-Type') ?? 'application/octet-stream' }), fileNameOf(res.headers.get('Content-Disposition'), `${list}.${format}`));
        setState({ status: 'idle' });
        return 'done';
      } catch (error) {
        if (abort.signal.aborted) return 'cancelled';
        setState({ status: 'failed', error });
        return 'failed';
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [args, i18n.language, list],
  );

  return { state, start, cancel };
}

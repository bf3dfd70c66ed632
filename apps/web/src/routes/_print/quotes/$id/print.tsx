import { createFileRoute } from '@tanstack/react-router';
import { RequirePermission } from '../../../../modules/auth/RequirePermission.tsx';
import { QuotePrintPage } from '../../../../modules/quote/QuotePrintPage.tsx';
import { isLocale, loadLocale, type Locale } from '../../../../lib/i18n/index.ts';

export const Route = createFileRoute('/_print/quotes/$id/print')({
  validateSearch: (search: Record<string, unknown>): { lang?: Locale } => (isLocale(search.lang) ? { lang: search.lang } : {}),
  // The page prints in `lang` whatever the UI's language: have its texts before rendering.
  loaderDeps: ({ search }) => ({ lang: search.lang }),
  loader: ({ deps }) => (deps.lang ? loadLocale(deps.lang) : undefined),
  component: function QuotePrintRoute() {
    const { id } = Route.useParams();
    const { lang } = Route.useSearch();
    const navigate = Route.useNavigate();
    return (
      <RequirePermission permission="quote:read">
        <QuotePrintPage id={id} lang={lang} onLangChange={(next) => void navigate({ search: { lang: next }, replace: true })} />
      </RequirePermission>
    );
  },
});

import { useEffect, useMemo } from 'react';
import { Button, Center, Loader, SegmentedControl } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QuotePrintDocument } from '@panorama/schema';
import { QueryError } from '../../lib/components/QueryError.tsx';
import { errorCode } from '../../lib/errors.ts';
import { createFormat } from '../../lib/format.ts';
import { LOCALES, type Locale } from '../../lib/i18n/index.ts';
import { NotFoundPage } from '../shell/NotFoundPage.tsx';
import './quote-print.css';

interface Props {
  id: string;
  lang: Locale | undefined;
  onLangChange: (lang: Locale) => void;
}

const percent = (p: string) => `${Number(p).toLocaleString('en', { maximumFractionDigits: 2 })}%`;
const quantity = (q: string) => q.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

/**
 * The quote as a printed document (A4, no app chrome): company header, number and dates,
 * customer and contact, lines, totals, terms and signature blocks, in zh-CN or English
 * (`?lang=`), amounts formatted with Intl in the quote's currency.
 */
export function QuotePrintPage({ id, lang, onLangChange }: Props) {
  const { i18n } = useTranslation();
  const locale: Locale = lang ?? (LOCALES.includes(i18n.language as Locale) ? (i18n.language as Locale) : 'zh-CN');
  const t = useMemo(() => i18n.getFixedT(locale), [i18n, locale]);
  const format = useMemo(() => createFormat(locale), [locale]);
  const { data, error, loading, refetch } = useQuery(QuotePrintDocument, { variables: { id } });
  const q = data?.quote;

  useEffect(() => {
    if (q) document.title = `${q.number} · ${q.title}`;
  }, [q]);

  if (errorCode(error) === 'NOT_FOUND') return <NotFoundPage title={t('quote.notFound')} />;
  if (error && !q) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !q) return <Center h={240}><Loader /></Center>;
  if (!q) return null;

  const money = (amount: string) => format.money(amount, q.currency);
  const address = q.customer?.address;
  const customerAddress = q.billingAddress
    ?? [address?.country, address?.province, address?.city, address?.street, address?.postalCode].filter(Boolean).join(' ');
  const issued = q.sentAt ?? q.createdAt;

  return (
    <div className="quote-print-page" lang={locale}>
      <div className="quote-print-toolbar">
        <SegmentedControl
          size="xs"
          aria-label={t('quote.print.language')}
          value={locale}
          onChange={(value) => onLangChange(value as Locale)}
          data={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
        />
        <Button size="sm" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('quote.print.printButton')}
        </Button>
      </div>
      <article className="quote-sheet" aria-label={`${t('quote.print.heading')} ${q.number}`}>
        <header className="quote-head">
          <div>
            <div className="quote-company-name">{t('quote.print.company')}</div>
            <div className="quote-company-sub">{t('quote.print.companyEn')}</div>
            <div className="quote-company-sub">{t('quote.print.companyAddress')}</div>
            <div className="quote-company-sub">{t('quote.print.companyContact')}</div>
          </div>
          <div className="quote-title">
            <h1>{t('quote.print.heading')}</h1>
            <table className="quote-meta">
              <tbody>
                <tr><th>{t('quote.print.quoteNo')}</th><td data-testid="print-number">{q.number}</td></tr>
                <tr><th>{t('quote.print.date')}</th><td>{format.date(issued)}</td></tr>
                <tr><th>{t('quote.print.validUntil')}</th><td>{format.date(`${q.validUntil}T00:00:00`)}</td></tr>
                <tr><th>{t('quote.print.currency')}</th><td>{q.currency}</td></tr>
              </tbody>
            </table>
          </div>
        </header>

        <section className="quote-parties">
          <div className="quote-party">
            <h2>{t('quote.print.to')}</h2>
            <div className="name">{q.customer?.name ?? '—'}</div>
            {customerAddress && <div>{customerAddress}</div>}
            {q.contact && (
              <div>
                {t('quote.print.attention')}: {q.contact.name}
                {q.contact.title ? `, ${q.contact.title}` : ''}
                {q.contact.phone ? ` · ${q.contact.phone}` : ''}
                {q.contact.email ? ` · ${q.contact.email}` : ''}
              </div>
            )}
          </div>
          <div className="quote-party">
            <h2>{t('quote.print.preparedBy')}</h2>
            <div className="name">{q.owner?.name ?? '—'}</div>
            {q.owner?.email && <div>{q.owner.email}</div>}
            {q.opportunity && <div>{t('quote.print.deal')}: {q.opportunity.name}</div>}
          </div>
        </section>

        <p className="quote-subject">{q.title}</p>

        <table className="quote-lines">
          <thead>
            <tr>
              <th style={{ width: '7mm' }}>{t('quote.print.no')}</th>
              <th>{t('quote.print.item')}</th>
              <th className="num">{t('quote.print.qty')}</th>
              <th>{t('quote.print.unit')}</th>
              <th className="num">{t('quote.print.unitPrice')}</th>
              <th className="num">{t('quote.print.discount')}</th>
              <th className="num">{t('quote.print.tax')}</th>
              <th className="num">{t('quote.print.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {q.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.position}</td>
                <td>
                  <div>{l.name}</div>
                  {l.description && <div className="desc">{l.description}</div>}
                </td>
                <td className="num">{quantity(l.quantity)}</td>
                <td>{l.unit ?? ''}</td>
                <td className="num">{money(l.unitPrice.amount)}</td>
                <td className="num">{Number(l.discountPercent) ? percent(l.discountPercent) : '—'}</td>
                <td className="num">{percent(l.taxRate)}</td>
                <td className="num">{money(l.total.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <table className="quote-totals">
          <tbody>
            <tr><th>{t('quote.print.subtotal')}</th><td>{money(q.subtotal.amount)}</td></tr>
            <tr>
              <th>{t('quote.print.discountTotal')}{Number(q.discountPercent) ? ` (${t('quote.fields.discountPercent').replace(/\s*%$/, '')} ${percent(q.discountPercent)})` : ''}</th>
              <td>{Number(q.discountTotal.amount) ? `−${money(q.discountTotal.amount)}` : money('0')}</td>
            </tr>
            <tr><th>{t('quote.print.taxTotal')}</th><td>{money(q.taxTotal.amount)}</td></tr>
            <tr className="grand"><th>{t('quote.print.total')}</th><td data-testid="print-total">{money(q.total.amount)}</td></tr>
          </tbody>
        </table>

        {q.terms && (
          <section className="quote-block">
            <h2>{t('quote.print.terms')}</h2>
            <p>{q.terms}</p>
          </section>
        )}
        {q.notes && (
          <section className="quote-block">
            <h2>{t('quote.print.notes')}</h2>
            <p>{q.notes}</p>
          </section>
        )}

        <section className="quote-signatures">
          {[
            { role: t('quote.print.seller'), who: t('quote.print.company') },
            { role: t('quote.print.buyer'), who: q.customer?.name ?? '' },
          ].map((s) => (
            <div className="quote-signature" key={s.role}>
              <h2>{s.role}</h2>
              <div className="who">{s.who}</div>
              <div className="line" />
              <div className="label"><span>{t('quote.print.signature')} / {t('quote.print.stamp')}</span><span>{t('quote.print.signDate')}:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></div>
            </div>
          ))}
        </section>
        <footer className="quote-footer">{t('quote.print.footer', { number: q.number })}</footer>
      </article>
    </div>
  );
}

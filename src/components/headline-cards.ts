import type { TFunction } from 'i18next';
import type { Figure } from '../data/schema';
import { changeDirection, formatChange, formatPeriod, formatValue, type Lang } from '../domain/format';
import {
  formatFigure,
  inCurrency,
  isHeadlineFigure,
  samePeriod,
  sourceTitle,
  type Catalog,
  type Currency,
} from '../domain/figures';
import type { KpiCardProps } from './kpi-card';

/** The value in the chosen currency, and the line that says where a US dollar value comes from. */
export function displayValue(
  figure: Figure,
  currency: Currency,
  catalog: Catalog,
  lang: Lang,
  t: TFunction,
): { value: string; detail: string | undefined } {
  const shown = inCurrency(figure, currency, catalog);
  if (shown.statedBy) return { value: formatFigure(shown.statedBy, lang), detail: t('figure.statedInUsd') };
  if (shown.converted && catalog.rate) {
    const qualifier = figure.qualifier === 'atLeast' ? 'atLeast' : 'derived';
    return {
      value: formatValue(shown.value, shown.unit, lang, { qualifier }),
      // The rate to four decimals, so that a reader who redoes the division gets the same result.
      detail: t('figure.converted', {
        rate: formatValue(catalog.rate.value, catalog.rate.unit, lang, { decimals: 4 }),
      }),
    };
  }
  return { value: formatFigure(figure, lang), detail: undefined };
}

/** Clauses as one read-aloud text, each ended with the full stop of the language. */
function sentences(parts: readonly (string | undefined)[], lang: Lang): string {
  const stop = lang === 'zh' ? '。' : '.';
  const ended = parts
    .filter((p): p is string => Boolean(p))
    .map((p) => p.trim())
    .map((p) => (/[.。!?！？]$/u.test(p) ? p : `${p}${stop}`));
  return ended.join(lang === 'zh' ? '' : ' ');
}

export function overviewCards(catalog: Catalog, lang: Lang, currency: Currency, t: TFunction): KpiCardProps[] {
  const all = catalog.dataset.figures;
  return all
    .filter((f) => isHeadlineFigure(f, all))
    .map((f) => {
      const growth = all.find(
        (g) => g.tier === 'A' && g.unit === 'percent' && g.metric === `${f.metric}-yoy` && samePeriod(g, f),
      );
      const { value, detail: currencyDetail } = displayValue(f, currency, catalog, lang, t);
      const usdTwin =
        currency === 'CNY'
          ? all.find((o) => o.tier === 'A' && o.unit === 'USD' && o.metric === f.metric && samePeriod(o, f))
          : undefined;
      const precise = (catalog.clarifications.get(f.id) ?? []).find((c) => c.unit === f.unit && c.value !== f.value);
      const details = [
        currencyDetail,
        usdTwin && `${formatFigure(usdTwin, lang)} · ${t('figure.statedInUsd')}`,
        precise && currency === 'CNY' && t('figure.clarifiedByValue', { value: formatFigure(precise, lang) }),
      ].filter((d): d is string => Boolean(d));
      const source = catalog.sources.get(f.sourceIds[0] ?? '');
      const sourceText = source ? sourceTitle(source, lang) : f.id;
      const period = formatPeriod(f.period, lang);
      const change = growth
        ? {
            text: t('figure.changeYoy', { change: formatChange(growth.value, lang) }),
            direction: changeDirection(growth.value),
          }
        : undefined;
      const label = f.label[lang];
      const note = f.note ? { label: t('figure.noteHeading'), text: f.note[lang] } : undefined;
      const sentence = sentences(
        [
          t('overview.cardSentence', { label, period, value }),
          change?.text,
          ...details,
          note && `${note.label}${lang === 'zh' ? '' : ' '}${note.text}`,
          t(`tier.${f.tier}`),
          t('overview.cardSource', { source: sourceText }),
        ],
        lang,
      );
      return {
        id: f.id,
        label,
        value,
        period,
        tier: f.tier,
        change,
        note,
        detail: details.join(' · ') || undefined,
        source: { label: t('figure.sourceHeading'), title: sourceText, href: `/sources#${f.id}` },
        sentence,
      };
    });
}

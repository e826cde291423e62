import type { TFunction } from 'i18next';
import type { Figure } from '../data/schema';
import {
  changeDirection,
  formatChange,
  formatPeriod,
  formatValue,
  type ChangeOptions,
  type Lang,
} from '../domain/format';
import { formatFigure, inCurrency, sourceTitle, type Catalog, type Currency } from '../domain/figures';
import { headlines } from '../domain/headline';
import { punctuation, sentences } from '../domain/punctuation';
import { figuresOf } from '../domain/significance';
import type { KpiCardProps } from './kpi-card';

/** A stated growth rate keeps its digits; one derived here shows the figures its inputs allow. */
function changeDigits(growth: Figure): ChangeOptions {
  return growth.qualifier === 'derived' ? { significant: figuresOf(growth) } : {};
}

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
    const rate = catalog.rate;
    return {
      // To the figures its inputs carry, marked ≈ / 约 beside any qualifier: "over ≈ US$12 million".
      value: formatValue(shown.value, shown.unit, lang, {
        qualifier: figure.qualifier,
        approximate: true,
        significant: shown.significantFigures,
      }),
      // The rate to the figures the article's amounts give it (6.47), not the digits of the division.
      detail: t('figure.converted', {
        rate: formatValue(rate.value, rate.unit, lang, { significant: rate.significantFigures }),
      }),
    };
  }
  return { value: formatFigure(figure, lang), detail: undefined };
}

/** The card of each headline figure, in words: what src/domain/headline.ts decides, formatted. */
export function overviewCards(catalog: Catalog, lang: Lang, currency: Currency, t: TFunction): KpiCardProps[] {
  const p = punctuation(lang);
  return headlines(catalog, currency).map(({ figure: f, source, growth, usdTwin, precise }) => {
    const { value, detail: currencyDetail } = displayValue(f, currency, catalog, lang, t);
    const details = [
      currencyDetail,
      usdTwin && `${formatFigure(usdTwin, lang)} · ${t('figure.statedInUsd')}`,
      precise && t('figure.clarifiedByValue', { value: formatFigure(precise, lang) }),
    ].filter((d): d is string => Boolean(d));
    const sourceText = source ? sourceTitle(source, lang) : f.id;
    const period = formatPeriod(f.period, lang);
    const change = growth
      ? {
          text: t('figure.changeYoy', { change: formatChange(growth.value, lang, changeDigits(growth)) }),
          direction: changeDirection(growth.value, changeDigits(growth)),
        }
      : undefined;
    const label = f.label[lang];
    const note = f.note ? { label: t('figure.noteHeading'), text: f.note[lang] } : undefined;
    const sentence = sentences(
      [
        t('overview.cardSentence', { label, period, value }),
        change?.text,
        ...details,
        note && `${note.label}${p.gap}${note.text}`,
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

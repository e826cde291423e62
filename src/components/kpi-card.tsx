import type { Tier } from '../data/schema';
import { splitNumber } from '../domain/format';
import { punctuation } from '../domain/punctuation';
import { AppLink } from './app-link';
import { TierBadge } from './tier-badge';
import { useT } from './use-settings';
import './kpi-card.css';

export interface KpiChange {
  /** "+14.45% year on year" / "同比增长14.45%" */
  text: string;
  direction: 'up' | 'down' | 'flat';
}

export interface KpiCardProps {
  /** Anchor id of the figure on the sources page. */
  id: string;
  label: string;
  /** The value already formatted with its unit and qualifier. */
  value: string;
  period: string;
  tier: Tier;
  change?: KpiChange | undefined;
  /** What the figure covers where the headline wording simplifies it; the label ends in its colon. */
  note?: { label: string; text: string } | undefined;
  /** A line under the value, e.g. how a converted value was obtained. */
  detail?: string | undefined;
  /** The label ends in its colon ("Source:", "来源："). */
  source: { label: string; title: string; href: string };
  /** The whole card as one sentence, for screen readers. */
  sentence: string;
}

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/**
 * Small label on top, the big number, its unit, then change and period, then the source.
 * The card is focusable and announced as one sentence; the source link stays reachable.
 */
export function KpiCard({ id, label, value, period, tier, change, note, detail, source, sentence }: KpiCardProps) {
  const parts = splitNumber(value);
  // Chinese runs on after its full-width colon; English leaves a space.
  const { gap } = punctuation(useT().lang);
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- cards are reached by keyboard and read as one sentence
    <article className="kpi" tabIndex={0} aria-label={sentence} data-figure={id}>
      <h3 className="kpi__label">{label}</h3>
      <p className="kpi__value">
        {parts.before && <span className="kpi__unit kpi__unit--before">{parts.before}</span>}
        <span className="kpi__number">{parts.number}</span>
        {parts.after && <span className="kpi__unit">{parts.after}</span>}
      </p>
      <p className="kpi__meta">
        {change && (
          <span className={`kpi__change kpi__change--${change.direction}`}>
            <span aria-hidden="true">{ARROWS[change.direction]} </span>
            {change.text}
          </span>
        )}
        <span className="kpi__period">{period}</span>
      </p>
      {detail && <p className="kpi__detail">{detail}</p>}
      {note && (
        <p className="kpi__note">
          <strong>{note.label}</strong>
          {gap}
          {note.text}
        </p>
      )}
      <footer className="kpi__footer">
        <TierBadge tier={tier} />
        <span className="kpi__source">
          {source.label}
          {gap}
          <AppLink to={source.href}>{source.title}</AppLink>
        </span>
      </footer>
    </article>
  );
}

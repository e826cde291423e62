import type { Tier } from '../data/schema';
import { useT } from './use-settings';
import './tier-badge.css';

export function TierBadge({ tier }: { tier: Tier }) {
  const { t } = useT();
  return <span className={`tier-badge tier-badge--${tier}`}>{t(`tier.${tier}`)}</span>;
}

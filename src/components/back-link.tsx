import { AppLink } from './app-link';
import './back-link.css';

/** "← Back to the exporters": the way from a detail page to its list. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <AppLink to={to}>
        <span aria-hidden="true">← </span>
        {label}
      </AppLink>
    </p>
  );
}

import { useId, useState } from 'react';
import { useLocation } from 'react-router';
import { AppLink, AppNavLink } from '../components/app-link';
import { Button } from '../components/button';
import { Segmented } from '../components/segmented';
import { useSettings, useT } from '../components/use-settings';
import { useTheme, type ThemeChoice } from '../components/use-theme';
import type { Currency } from '../domain/figures';
import type { Lang } from '../domain/format';
import './header.css';

const NAV = [
  ['/', 'overview'],
  ['/growth', 'growth'],
  ['/exporters', 'exporters'],
  ['/bases', 'bases'],
  ['/present', 'present'],
  ['/sources', 'sources'],
] as const;

// The single file carries its logo in itself: it has no file beside it to load.
const LOGO = __SINGLE_FILE__ ? __SINGLE_FILE_LOGO__ : `${import.meta.env.BASE_URL}favicon.svg`;

/**
 * The brand, the display settings and the pages. With `folds` (present mode) it folds to one
 * line, the brand and a Menu button that unfolds the rest, so the slides have the screen.
 */
export function Header({ folds = false }: { folds?: boolean }) {
  const { t } = useT();
  const { lang, currency, setLang, setCurrency } = useSettings();
  const [theme, setTheme] = useTheme();
  const { pathname } = useLocation();
  // Unfolded on this page only: another page, or coming back, starts folded again.
  const [openOn, setOpenOn] = useState<string>();
  const folded = folds && openOn !== pathname;
  const id = useId();
  return (
    <header className="site-header" data-folds={folds ? '' : undefined} data-folded={folded ? '' : undefined}>
      <div className="site-header__top">
        <AppLink to="/" className="brand">
          <img src={LOGO} alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </AppLink>
        {folds && (
          <Button
            className="button button--quiet site-header__fold"
            aria-expanded={!folded}
            aria-controls={`${id}-controls ${id}-nav`}
            onClick={() => setOpenOn(folded ? pathname : undefined)}
          >
            {t('app.menu')}
          </Button>
        )}
        <div className="controls" role="group" aria-label={t('app.settings')} id={`${id}-controls`}>
          <Segmented<Lang>
            label={t('switch.language')}
            value={lang}
            onChange={setLang}
            options={[
              { value: 'en', label: 'English', lang: 'en' },
              { value: 'zh', label: '中文', lang: 'zh-CN' },
            ]}
          />
          <Segmented<ThemeChoice>
            label={t('switch.theme')}
            value={theme}
            onChange={setTheme}
            options={[
              { value: 'light', label: t('switch.light') },
              { value: 'dark', label: t('switch.dark') },
              { value: 'system', label: t('switch.system') },
              { value: 'projector', label: t('switch.projector') },
            ]}
          />
          <Segmented<Currency>
            label={t('switch.currency')}
            value={currency}
            onChange={setCurrency}
            options={[
              { value: 'CNY', label: t('switch.cny') },
              { value: 'USD', label: t('switch.usd') },
            ]}
          />
        </div>
      </div>
      <nav aria-label={t('app.mainNav')} className="site-nav" id={`${id}-nav`}>
        <ul>
          {NAV.map(([path, key]) => (
            <li key={key}>
              <AppNavLink to={path} end={path === '/'}>
                {t(`nav.${key}`)}
              </AppNavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

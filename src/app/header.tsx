import { AppLink, AppNavLink } from '../components/app-link';
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

const LOGO = `${import.meta.env.BASE_URL}favicon.svg`;

export function Header() {
  const { t } = useT();
  const { lang, currency, setLang, setCurrency } = useSettings();
  const [theme, setTheme] = useTheme();
  return (
    <header className="site-header">
      <div className="site-header__top">
        <AppLink to="/" className="brand">
          <img src={LOGO} alt="" width="28" height="28" />
          <span>{t('app.name')}</span>
        </AppLink>
        <div className="controls" role="group" aria-label={t('app.settings')}>
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
      <nav aria-label={t('app.mainNav')} className="site-nav">
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

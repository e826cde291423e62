import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient } from '@tanstack/react-query';
import { catalogQuery } from '../api/catalog';
import { App } from './app';
import { createI18n } from './i18n';
import { preferredLang } from '../components/use-settings';
import { applyTheme, storedTheme } from '../components/use-theme';
import './styles.css';

// Before the first paint, so a dark-theme reader never sees a flash of light.
applyTheme(storedTheme());

const client = new QueryClient();
// Start loading the figures now, alongside the page's own chunk, not after it.
void client.prefetchQuery(catalogQuery);

const urlLang = new URLSearchParams(window.location.search).get('lang');
const i18n = createI18n(urlLang === 'zh' || urlLang === 'en' ? urlLang : preferredLang());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App client={client} i18n={i18n} />
    </StrictMode>,
  );
}

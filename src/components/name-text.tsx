import type { Name } from '../data/schema';
import { displayName } from '../domain/figures';
import { useT } from './use-settings';

/** An entity's name in the page language, marking a translated Chinese name as 译名. */
export function NameText({ name }: { name: Name }) {
  const { t, lang } = useT();
  const shown = displayName(name, lang);
  return (
    <>
      <span lang={shown.missing || lang === 'en' ? 'en' : 'zh-CN'}>{shown.text}</span>
      {shown.translated && <span className="name-mark"> ({t('figure.translatedName')})</span>}
      {shown.missing && <span className="name-mark"> ({t('figure.noChineseName')})</span>}
    </>
  );
}

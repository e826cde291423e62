import type { ReactNode } from 'react';
import type { Name } from '../data/schema';
import { displayName } from '../domain/figures';
import type { Lang } from '../domain/format';
import { useT } from './use-settings';
import './name-text.css';

export interface NameMarks {
  translated: string;
  missing: string;
}

/**
 * A name in the page language, marking a translated Chinese name as 译名. Without hooks, for
 * long tables: the caller passes the language and the marks once instead of every cell.
 */
export function nameText(name: Name, lang: Lang, marks: NameMarks): ReactNode {
  const shown = displayName(name, lang);
  return (
    <>
      <span lang={shown.missing || lang === 'en' ? 'en' : 'zh-CN'}>{shown.text}</span>
      {shown.translated && <span className="name-mark"> ({marks.translated})</span>}
      {shown.missing && <span className="name-mark"> ({marks.missing})</span>}
    </>
  );
}

export function NameText({ name }: { name: Name }) {
  const { t, lang } = useT();
  return nameText(name, lang, { translated: t('figure.translatedName'), missing: t('figure.noChineseName') });
}

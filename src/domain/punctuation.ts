import type { Lang } from '../data/vocabulary';

/*
 * The small writing rules of each language, in one place, so no component chooses them with
 * a `lang === 'zh'` of its own. Chinese uses full-width punctuation with no space after it, and
 * no space between a label and a number; English uses ASCII punctuation followed by a space.
 */

export interface Punctuation {
  /** Between a label and what follows it on the same line ("Source: …" / "来源…" uses the colon). */
  readonly gap: string;
  readonly colon: string;
  readonly comma: string;
  /** Between the items of a list of sources or notes. */
  readonly semicolon: string;
  /** Between the items of a short enumeration (cities, markets). */
  readonly enumeration: string;
  /** At the end of a sentence. */
  readonly stop: string;
  /** Between sentences. */
  readonly sentenceGap: string;
  readonly open: string;
  readonly close: string;
}

const PUNCTUATION: Record<Lang, Punctuation> = {
  en: {
    gap: ' ',
    colon: ': ',
    comma: ', ',
    semicolon: '; ',
    enumeration: ', ',
    stop: '.',
    sentenceGap: ' ',
    open: ' (',
    close: ')',
  },
  zh: {
    gap: '',
    colon: '：',
    comma: '，',
    semicolon: '；',
    enumeration: '、',
    stop: '。',
    sentenceGap: '',
    open: '（',
    close: '）',
  },
};

export function punctuation(lang: Lang): Punctuation {
  return PUNCTUATION[lang];
}

/** "2020" in English, "2020年" in Chinese. */
export function yearLabel(year: number, lang: Lang): string {
  return lang === 'zh' ? `${year}年` : String(year);
}

/** "2019–2020" in English, "2019~2020年" in Chinese; one year when both ends are the same. */
export function yearRange(from: number, to: number, lang: Lang): string {
  if (from === to) return yearLabel(from, lang);
  return lang === 'zh' ? `${from}~${to}年` : `${from}–${to}`;
}

/** The mark of an approximate (derived or converted) value: "≈" in English, "约" in Chinese. */
export function approxMark(lang: Lang): string {
  return lang === 'zh' ? '约' : '≈';
}

/** A value marked as approximate, as a reader sees it: "≈ 10.37 billion yuan", "约103.7亿元". */
export function approximately(text: string, lang: Lang): string {
  return `${approxMark(lang)}${PUNCTUATION[lang].gap}${text}`;
}

/** "Trade (billion yuan)" / "贸易（亿元）". */
export function parenthesised(text: string, inner: string, lang: Lang): string {
  const p = PUNCTUATION[lang];
  return `${text}${p.open}${inner}${p.close}`;
}

/** Items joined with the language's separator of that kind. */
export function joinList(items: readonly string[], lang: Lang, kind: 'semicolon' | 'enumeration' | 'comma'): string {
  return items.join(PUNCTUATION[lang][kind]);
}

/** Sentences each ended with the language's full stop (unless they already end in one), then joined. */
export function sentences(parts: readonly (string | undefined)[], lang: Lang): string {
  const p = PUNCTUATION[lang];
  return parts
    .filter((s): s is string => Boolean(s))
    .map((s) => s.trim())
    .map((s) => (/[.。!?！？]$/u.test(s) ? s : `${s}${p.stop}`))
    .join(p.sentenceGap);
}

/** The other interface language, its BCP 47 tag and its own name, for a language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function langTag(lang: Lang): 'en' | 'zh-CN' {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** A language's name written in that language ("English", "中文"), as a switch shows it. */
export function langName(lang: Lang): string {
  return lang === 'zh' ? '中文' : 'English';
}

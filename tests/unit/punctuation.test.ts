import { describe, expect, it } from 'vitest';
import {
  approximately,
  approxMark,
  joinList,
  langName,
  langTag,
  otherLang,
  parenthesised,
  punctuation,
  sentences,
  yearLabel,
  yearRange,
} from '../../src/domain/punctuation';

describe('punctuation', () => {
  it('writes Chinese with full-width marks and no spaces, English with ASCII marks and spaces', () => {
    expect(parenthesised('贸易', '亿元', 'zh')).toBe('贸易（亿元）');
    expect(parenthesised('Trade', 'billion yuan', 'en')).toBe('Trade (billion yuan)');
    expect(joinList(['杭州', '宁波'], 'zh', 'enumeration')).toBe('杭州、宁波');
    expect(joinList(['Hangzhou', 'Ningbo'], 'en', 'enumeration')).toBe('Hangzhou, Ningbo');
    expect(joinList(['a', 'b'], 'zh', 'semicolon')).toBe('a；b');
    expect(`来源${punctuation('zh').colon}x`).toBe('来源：x');
    expect(yearLabel(2020, 'zh')).toBe('2020年');
    expect(yearLabel(2020, 'en')).toBe('2020');
  });

  it('writes a span of years and the mark of an approximate value', () => {
    expect(yearRange(2019, 2020, 'en')).toBe('2019–2020');
    expect(yearRange(2019, 2020, 'zh')).toBe('2019~2020年');
    expect(yearRange(2020, 2020, 'en')).toBe('2020');
    expect(yearRange(2020, 2020, 'zh')).toBe('2020年');
    expect(approxMark('en')).toBe('≈');
    expect(approxMark('zh')).toBe('约');
    expect(approximately('10.37 billion yuan', 'en')).toBe('≈ 10.37 billion yuan');
    expect(approximately('103.7亿元', 'zh')).toBe('约103.7亿元');
  });

  it('ends each sentence once and skips empty parts', () => {
    expect(sentences(['Exports rose', undefined, 'Source: article.'], 'en')).toBe('Exports rose. Source: article.');
    expect(sentences(['出口增长', '', '来源：文章。'], 'zh')).toBe('出口增长。来源：文章。');
  });

  it('names the other language for a switch', () => {
    expect(otherLang('zh')).toBe('en');
    expect(langName(otherLang('en'))).toBe('中文');
    expect(langTag('zh')).toBe('zh-CN');
  });
});

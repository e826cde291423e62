import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { createI18n } from '../../src/app/i18n';
import { presentEn } from '../../src/app/i18n/present-en';
import { presentZh } from '../../src/app/i18n/present-zh';
import { zh } from '../../src/app/i18n/zh';
import { overviewCards } from '../../src/components/headline-cards';
import { THEME_COLOURS } from '../../src/components/theme-tokens';
import { growthCharts } from '../../src/domain/chart-series';
import type { Currency } from '../../src/domain/figures';
import type { Lang } from '../../src/domain/format';
import { publishedCharts } from '../../src/domain/published-series';
import { parseDeck } from '../../src/domain/slides';
import { deckModel, type PptxSlide } from '../../src/features/present/deck-model';
import { addPresenterStrings } from '../../src/features/present/presenter-strings';
import { labelChartXml, writeDeck } from '../../src/features/present/deck-pptx';
import { realCatalog } from '../components/render';

const catalog = realCatalog();
const i18n = createI18n('en', { zh });
i18n.addResourceBundle('en', 'translation', { present: presentEn }, true, true);
i18n.addResourceBundle('zh', 'translation', { present: presentZh }, true, true);
addPresenterStrings(i18n);

function model(lang: Lang, search = '', currency: Currency = 'CNY') {
  const t = i18n.getFixedT(lang);
  const ctx = {
    catalog,
    lang,
    t,
    cards: overviewCards(catalog, lang, currency, t),
    charts: growthCharts(catalog, currency),
    published: publishedCharts(catalog),
  };
  return deckModel(parseDeck(new URLSearchParams(search), catalog).slides, ctx);
}

function slide<K extends PptxSlide['kind']>(m: ReturnType<typeof model>, id: string, kind: K) {
  const s = m.slides.find((x) => x.id === id);
  if (!s || s.kind !== kind) throw new Error(`no ${kind} slide ${id}`);
  return s as Extract<PptxSlide, { kind: K }>;
}

describe('the deck as a PowerPoint file sees it', () => {
  it('holds every slide of the deck, in its order, each with a source line and notes', () => {
    const en = model('en');
    expect(en.slides.map((s) => s.id)).toEqual(parseDeck(new URLSearchParams(''), catalog).slides.map((s) => s.id));
    for (const s of en.slides) {
      expect(s.source, s.id).not.toBe('');
      expect(s.notes.length, s.id).toBeGreaterThan(0);
    }
  });

  it('exports exactly the slides a ?slides= choice names, in that order', () => {
    expect(model('en', 'slides=sources,chart-share,trade-total').slides.map((s) => s.id)).toEqual([
      'sources',
      'chart-share',
      'trade-total',
    ]);
  });

  it('gives a headline slide its number, unit, change, period and source as text, in English', () => {
    const s = slide(model('en'), 'trade-total', 'figure');
    const figure = catalog.figures.get('trade-total');
    expect(s.heading).toBe(figure?.label.en);
    expect(s.value.number).toMatch(/^\d[\d.,]*$/u);
    expect(`${s.value.before}${s.value.number}${s.value.after}`).toMatch(/yuan/u);
    expect(s.meta).toMatch(/year on year/u);
    expect(s.source).toMatch(/^Source: /u);
    expect(s.notes[0]).toContain(figure?.label.en);
    expect(s.notes.join('\n')).toMatch(/Grade: Tier A/u);
  });

  it('says the same in Chinese, with Chinese punctuation and units', () => {
    const s = slide(model('zh'), 'trade-total', 'figure');
    expect(s.heading).toBe(catalog.figures.get('trade-total')?.label.zh);
    expect(`${s.value.number}${s.value.after}`).toMatch(/亿元/u);
    expect(s.source).toMatch(/^来源/u);
    expect(s.notes.join('\n')).toMatch(/等级：/u);
  });

  it('puts what a figure covers, its clarification and the source’s words in the speaker notes', () => {
    const m = model('en');
    const rank = catalog.figures.get('zone-rank');
    expect(rank?.note).toBeDefined();
    expect(slide(m, 'zone-rank', 'figure').notes).toContain(`What it covers: ${rank?.note?.en}`);
    const trade = slide(m, 'trade-total', 'figure').notes.join('\n');
    expect(trade).toMatch(/Precise value in the Chinese reports: 14\.157 billion yuan/u);
    expect(trade).toContain(`“${catalog.figures.get('trade-total')?.quote}”`);
  });

  it('puts the arithmetic of the published years’ contradictions in the published slide’s notes', () => {
    const zhNotes = slide(model('zh'), 'published', 'chart').notes.join('\n');
    expect(zhNotes).toMatch(/16\.64 ÷ 1\.10 ≈ 15\.1亿元/u);
    expect(zhNotes).toMatch(/逆差/u);
  });

  it('gives chart slides native series with the values the screen shows, derived points marked ≈', () => {
    const m = model('en', 'slides=chart-trade,chart-share');
    const trade = slide(m, 'chart-trade', 'chart');
    expect(trade.chart.shape).toBe('line');
    expect(trade.chart.series.map((s) => s.name)).toEqual(['Trade', 'Exports', 'Imports']);
    expect(trade.chart.unitLine).toMatch(/^Billion yuan, /u);
    expect(trade.chart.categories.every((c) => /^\d{4}$/u.test(c))).toBe(true);
    for (const s of trade.chart.series) expect(s.values).toHaveLength(trade.chart.categories.length);
    // Every export share is computed from two published figures: each label says ≈, each has its formula in the notes.
    const share = slide(m, 'chart-share', 'chart');
    const labels = share.chart.series.flatMap((s) => s.labels).filter((l) => l !== null);
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(l).toMatch(/^≈\d/u);
    expect(share.notes.filter((n) => n.includes('derived:')).length).toBe(labels.length);
  });

  it('writes the charts in the other currency and in Chinese when those are chosen', () => {
    const usd = slide(model('en', 'slides=chart-trade', 'USD'), 'chart-trade', 'chart');
    expect(usd.chart.unitLine).toMatch(/^US\$ /u);
    const zhChart = slide(model('zh', 'slides=chart-trade'), 'chart-trade', 'chart');
    expect(zhChart.chart.series.map((s) => s.name)).toEqual(['进出口', '出口', '进口']);
    expect(zhChart.chart.categories.every((c) => /^\d{4}年$/u.test(c))).toBe(true);
    expect(zhChart.chart.unitLine).toMatch(/^单位：亿元/u);
  });
});

describe('the .pptx file', () => {
  it('has a slide part, notes and the source text per slide, and a chart part per chart slide', async () => {
    const m = model('zh', 'slides=title,trade-total,chart-trade,published,sources');
    const blob = await writeDeck(m, THEME_COLOURS.light);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    const names = Object.keys(zip.files);
    const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/u.test(n));
    expect(slides).toHaveLength(5);
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/u.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/u.test(n))).toHaveLength(5);
    for (const [i, s] of m.slides.entries()) {
      const xml = (await zip.file(`ppt/slides/slide${i + 1}.xml`)?.async('string')) ?? '';
      expect(xml, s.id).toContain('Microsoft YaHei');
      expect(xml, s.id).toContain(s.heading.replace(/&/gu, '&amp;'));
    }
    const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
    // 16:9: 10 × 5.625 inches in EMU.
    expect(presentation).toContain('cx="9144000" cy="5143500"');
  });

  it('writes each point’s own label into the chart part and leaves out points a series lacks', () => {
    const xml =
      '<c:ser><c:dLbls><c:numFmt/></c:dLbls><c:val><c:numCache><c:pt idx="0"><c:v>1.5</c:v></c:pt><c:pt idx="1"><c:v></c:v></c:pt></c:numCache></c:val></c:ser>';
    const out = labelChartXml(xml, {
      shape: 'line',
      categories: ['2019', '2020'],
      series: [{ name: 'Exports', values: [1.5, null], labels: ['≈1.5 & more', null] }],
      unitLine: '',
    });
    expect(out).toContain('<c:dLbl><c:idx val="0"/><c:tx><c:rich>');
    expect(out).toContain('<a:t>≈1.5 &amp; more</a:t>');
    expect(out).toContain('<c:dLbl><c:idx val="1"/><c:delete val="1"/></c:dLbl>');
    expect(out).not.toContain('<c:v></c:v>');
  });
});

import PptxGenJS from 'pptxgenjs';
import JSZip from 'jszip';
import { THEME_COLOURS, type ColourToken } from '../../components/theme-tokens';
export { saveFile } from '../../components/save-file';
import { storedTheme } from '../../components/use-theme';
import type { DeckModel, PptxChart, PptxSlide } from './deck-model';

/*
 * The deck as a .pptx file: real text boxes and native PowerPoint charts, the speaker notes on
 * every slide, 16:9. Loaded with its library on the first download only (present-page.tsx).
 * pptxgenjs writes one label format per series; the labels the screen draws ("≈10.37" for a
 * derived value) are written into each chart part afterwards, one per point, and points a
 * series does not have are left out rather than written empty.
 */

export const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

type Colours = Record<ColourToken, string>;

/** The colours of the file: the projector theme's when it is on, else the light ones, as chart files have. */
export function fileColours(): Colours {
  const theme = storedTheme() as string;
  return (
    (THEME_COLOURS as Partial<Record<string, Colours>>)[theme === 'projector' ? theme : 'light'] ?? THEME_COLOURS.light
  );
}

/** 16:9 in inches (PowerPoint's "Widescreen" is 13.33 × 7.5; this is its 10-inch twin). */
const W = 10;
const H = 5.625;
const MARGIN = 0.5;

/** A face with Chinese glyphs for Chinese text, named as Windows, WPS and LibreOffice know it. */
const CJK_FONT = 'Microsoft YaHei';
const LATIN_FONT = 'Arial';
const HAS_CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

function hex(colour: string): string {
  return /^#[0-9a-f]{6}$/iu.test(colour) ? colour.slice(1).toUpperCase() : '000000';
}

function fontFor(text: string, model: DeckModel): string {
  return model.lang === 'zh' || HAS_CJK.test(text) ? CJK_FONT : LATIN_FONT;
}

function xmlText(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

function addSlide(pptx: PptxGenJS, slide: PptxSlide, model: DeckModel, colours: Colours): void {
  const s = pptx.addSlide();
  s.background = { color: hex(colours.surface) };
  const lang = model.lang === 'zh' ? 'zh-CN' : 'en-GB';
  const text = (value: string, opts: PptxGenJS.TextPropsOptions) =>
    s.addText(value, { fontFace: fontFor(value, model), color: hex(colours.text), lang, margin: 0, ...opts });
  const headingSize = slide.kind === 'title' ? 36 : 26;
  text(slide.heading, {
    x: MARGIN,
    y: slide.kind === 'title' ? 1.6 : 0.35,
    w: W - 2 * MARGIN,
    h: slide.kind === 'title' ? 1.1 : 0.7,
    fontSize: headingSize,
    bold: true,
    color: hex(colours['text-strong']),
  });
  switch (slide.kind) {
    case 'title':
      text(slide.sub, { x: MARGIN, y: 2.8, w: W - 2 * MARGIN, h: 0.6, fontSize: 20 });
      break;
    case 'figure': {
      const runs: PptxGenJS.TextProps[] = [
        ...(slide.value.before ? [{ text: slide.value.before, options: { fontSize: 28 } }] : []),
        { text: slide.value.number, options: { fontSize: 72, bold: true, color: hex(colours.accent) } },
        ...(slide.value.after ? [{ text: slide.value.after, options: { fontSize: 28 } }] : []),
      ];
      s.addText(runs, {
        x: MARGIN,
        y: 1.2,
        w: W - 2 * MARGIN,
        h: 1.4,
        fontFace: fontFor(slide.heading, model),
        color: hex(colours.text),
        lang,
        margin: 0,
      });
      text(slide.meta, { x: MARGIN, y: 2.7, w: W - 2 * MARGIN, h: 0.5, fontSize: 18 });
      if (slide.lines.length > 0)
        text(slide.lines.join('\n'), { x: MARGIN, y: 3.3, w: W - 2 * MARGIN, h: 1.4, fontSize: 14, valign: 'top' });
      break;
    }
    case 'chart':
      addChart(pptx, s, slide.chart, slide.side.length > 0 ? 5.6 : W - 2 * MARGIN, model, colours);
      if (slide.side.length > 0)
        text(slide.side.join('\n\n'), { x: 6.3, y: 1.1, w: W - 6.3 - MARGIN, h: 3.7, fontSize: 10, valign: 'top' });
      break;
    case 'list': {
      // More than eight: two columns side by side, so the list ends above the source line.
      const columns = slide.items.length > 8 ? 2 : 1;
      const perColumn = Math.ceil(slide.items.length / columns);
      const width = (W - 2 * MARGIN - (columns - 1) * 0.3) / columns;
      for (let c = 0; c < columns; c++) {
        const rows = slide.items.slice(c * perColumn, (c + 1) * perColumn).map((item) => [
          { text: item.name, options: { bold: true, fontFace: fontFor(item.name, model) } },
          { text: item.extra, options: { color: hex(colours['text-muted']), fontFace: fontFor(item.extra, model) } },
        ]);
        s.addTable(rows, {
          x: MARGIN + c * (width + 0.3),
          y: 1.1,
          w: width,
          colW: [width * 0.55, width * 0.45],
          fontSize: columns > 1 ? 9 : 12,
          margin: 0.04,
          color: hex(colours.text),
          border: { type: 'solid', pt: 0.5, color: hex(colours.border) },
          autoPage: false,
        });
      }
      break;
    }
  }
  text(slide.source, {
    x: MARGIN,
    y: H - 0.6,
    w: W - 2 * MARGIN,
    h: 0.4,
    fontSize: 10,
    color: hex(colours['text-muted']),
    valign: 'bottom',
  });
  s.addNotes(slide.notes.join('\n'));
}

function addChart(
  pptx: PptxGenJS,
  s: PptxGenJS.Slide,
  chart: PptxChart,
  width: number,
  model: DeckModel,
  colours: Colours,
): void {
  const font = fontFor(chart.categories.join(''), model);
  const palette = (['cat-1', 'cat-2', 'cat-3', 'cat-4'] as const).map((c) => hex(colours[c]));
  const data = chart.series.map((series) => ({
    name: series.name,
    labels: chart.categories,
    values: series.values.map((v) => v ?? Number.NaN),
  }));
  const bar = chart.shape === 'bar';
  s.addChart(bar ? pptx.ChartType.bar : pptx.ChartType.line, data, {
    x: MARGIN,
    y: 1.1,
    w: width,
    h: 3.8,
    barDir: bar ? 'bar' : undefined,
    barGrouping: 'clustered',
    chartColors: chart.oneColour ? palette.slice(0, 1) : palette,
    lineSize: 3,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 8,
    showValue: true,
    dataLabelFontSize: 11,
    dataLabelFontFace: font,
    dataLabelColor: hex(colours.text),
    dataLabelPosition: bar ? 'outEnd' : 't',
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: font,
    legendFontSize: 12,
    legendColor: hex(colours.text),
    catAxisLabelFontFace: font,
    catAxisLabelFontSize: chart.oneColour ? 9 : 12,
    catAxisLabelColor: hex(colours.text),
    // Bars below zero keep their row labels clear, at the axis's far side.
    catAxisLabelPos: bar ? 'low' : 'nextTo',
    // Bars read top to bottom, as on screen.
    catAxisOrientation: bar ? ('maxMin' as 'minMax') : 'minMax',
    valAxisLabelFontFace: font,
    valAxisLabelFontSize: 11,
    valAxisLabelColor: hex(colours.text),
    valGridLine: { color: hex(colours['chart-grid']), size: 0.5 },
    showValAxisTitle: true,
    valAxisTitle: chart.unitLine,
    valAxisTitleFontFace: font,
    valAxisTitleFontSize: 11,
    valAxisTitleColor: hex(colours['text-muted']),
  });
}

/** Each point's own label, and no empty point, in one chart part: series in the order written. */
export function labelChartXml(xml: string, chart: PptxChart): string {
  let k = 0;
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/gu, (ser) => {
    const index = k++;
    const series = chart.series[index];
    if (!series) return ser;
    // Lines' labels above and below by turns, so two lines that meet keep their labels apart.
    const position = chart.shape === 'line' ? `<c:dLblPos val="${index % 2 === 0 ? 't' : 'b'}"/>` : '';
    const labels = series.labels
      .map((label, idx) =>
        label === null
          ? `<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>`
          : `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${xmlText(label)}</a:t></a:r></a:p></c:rich></c:tx>${position}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
      )
      .join('');
    return ser.replace('<c:dLbls>', `<c:dLbls>${labels}`).replace(/<c:pt idx="\d+"><c:v>(?:NaN)?<\/c:v><\/c:pt>/gu, '');
  });
}

/** The whole deck as a .pptx file. */
export async function writeDeck(model: DeckModel, colours: Colours): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = model.title;
  pptx.theme = { headFontFace: fontFor('', model), bodyFontFace: fontFor('', model) };
  for (const slide of model.slides) addSlide(pptx, slide, model, colours);
  const written = (await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array;

  const charts = model.slides.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []));
  const zip = await JSZip.loadAsync(written);
  // Chart parts are numbered in the order the charts were added (the count goes on from one
  // download to the next, so the numbers are sorted, not assumed).
  const parts = numbered(zip, /^ppt\/charts\/chart(\d+)\.xml$/u);
  if (parts.length !== charts.length) throw new Error(`${charts.length} charts, ${parts.length} chart parts`);
  for (const [i, name] of parts.entries()) {
    const chart = charts[i];
    const part = zip.file(name);
    if (chart && part) zip.file(name, labelChartXml(await part.async('string'), chart));
  }
  // The workbook behind each chart ("Edit data"): a point a series lacks is no cell, not an empty one.
  for (const name of numbered(zip, /^ppt\/embeddings\/Microsoft_Excel_Worksheet(\d+)\.xlsx$/u)) {
    const part = zip.file(name);
    if (!part) continue;
    const book = await JSZip.loadAsync(await part.async('uint8array'));
    const sheet = 'xl/worksheets/sheet1.xml';
    const xml = await book.file(sheet)?.async('string');
    if (xml === undefined) continue;
    book.file(sheet, xml.replace(/<c r="[A-Z]+\d+"><v><\/v><\/c>/gu, ''));
    zip.file(name, await book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  }
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_TYPE, compression: 'DEFLATE' });
}

function numbered(zip: JSZip, pattern: RegExp): string[] {
  return Object.keys(zip.files)
    .flatMap((name) => {
      const n = pattern.exec(name)?.[1];
      return n === undefined ? [] : [{ name, n: Number(n) }];
    })
    .sort((a, b) => a.n - b.n)
    .map((p) => p.name);
}

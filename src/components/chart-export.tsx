import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { FILE_WIDTH } from './chart-model';
import type { ChartDrawingProps } from './chart-types';
import { resolveColours, THEME_COLOURS } from './theme-tokens';
import './chart-export.css';

/*
 * Charts as files: the drawing is rendered once more off screen at a fixed size in the light
 * scheme, its colours and fonts are written into the elements (an SVG file has no style
 * sheet), and title, subtitle, source, key and date are drawn around it, so an image pasted
 * into a report still says what it shows and where it comes from.
 */

export interface ImageText {
  title: string;
  subtitle: string;
  source: string;
  key?: string | undefined;
  footer: string;
}

const WIDTH = FILE_WIDTH;
const CHART_HEIGHT = 420;
const PAD = 32;
const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT_PROPS = ['font-family', 'font-size', 'font-weight'] as const;
// Files go into documents and slides with a white background, whatever the page's theme.
const FILE_THEME = 'light';
const FILE_COLOURS = THEME_COLOURS[FILE_THEME];

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renderOffscreen(
  props: Omit<ChartDrawingProps, 'width' | 'height'>,
  height: number,
): Promise<SVGSVGElement> {
  // Static imports of react-dom would be shared with the entry; a dynamic one would split it out of it.
  const { default: ChartDrawing } = await import('./chart-drawing');
  const host = document.createElement('div');
  host.className = 'chart-offscreen';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<ChartDrawing {...props} id={`${props.id}-file`} width={WIDTH} height={height} />));
    // Recharts lays out over a few commits: wait until the value labels are drawn.
    let svg: SVGSVGElement | null = null;
    for (let i = 0; i < 100 && !svg; i++) {
      await wait(20);
      const candidate = host.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (candidate?.querySelector('.chart-label')) svg = candidate;
    }
    if (!svg) throw new Error('the chart was not drawn');
    return inlineStyles(svg);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** A copy of the drawing with colour tokens resolved and fonts written onto the text. */
function inlineStyles(svg: SVGSVGElement): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [copy, ...copy.querySelectorAll('*')];
  from.forEach((el, i) => {
    const target = to[i];
    if (!target) return;
    for (const attr of [...target.attributes])
      if (attr.value.includes('var(')) attr.value = resolveColours(attr.value, FILE_THEME);
    if (el instanceof SVGTextElement || el instanceof SVGTSpanElement) {
      const style = getComputedStyle(el);
      for (const prop of FONT_PROPS)
        if (!target.hasAttribute(prop)) target.setAttribute(prop, style.getPropertyValue(prop));
    }
    for (const attr of ['class', 'tabindex', 'role', 'style', 'aria-label', 'aria-describedby'])
      target.removeAttribute(attr);
  });
  return copy;
}

let measureContext: CanvasRenderingContext2D | null | undefined;
function textWidth(text: string, font: string): number {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * 9;
  measureContext.font = font;
  return measureContext.measureText(text).width;
}

/** Splits text into lines that fit, at spaces in English and anywhere in Chinese. */
function wrap(text: string, font: string, max: number): string[] {
  const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+\s*|\s+/gu) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth(line + token, font) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

function textElement(doc: Document, content: string, x: number, y: number, size: number, fill: string, weight = 400) {
  const t = doc.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-weight', String(weight));
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}

/**
 * The chart as a standalone SVG document (text), with its title, source and date drawn in. A
 * dot chart gives the height its rows need; the others are drawn 420 pixels high.
 */
export async function chartSvgText(
  props: Omit<ChartDrawingProps, 'width' | 'height'>,
  text: ImageText,
  chartHeight: number = CHART_HEIGHT,
): Promise<string> {
  const drawing = await renderOffscreen(props, chartHeight);
  const font = getComputedStyle(document.body).fontFamily;
  const lines: { text: string; size: number; weight: number; fill: string; gap: number }[] = [];
  const add = (content: string, size: number, weight: number, fill: string, gap = 0) =>
    wrap(content, `${weight} ${size}px ${font}`, WIDTH - 2 * PAD).forEach((l, i) =>
      lines.push({ text: l, size, weight, fill, gap: i === 0 ? gap : 0 }),
    );
  add(text.title, 24, 700, FILE_COLOURS.text);
  add(text.subtitle, 15, 400, FILE_COLOURS['text-muted'], 4);

  const head: SVGTextElement[] = [];
  const doc = document;
  let y = PAD;
  for (const l of lines) {
    y += l.gap + l.size * 1.25;
    head.push(textElement(doc, l.text, PAD, y, l.size, l.fill, l.weight));
  }
  const chartTop = y + 16;
  let footY = chartTop + chartHeight + 8;
  const foot: SVGTextElement[] = [];
  const footLines = [
    ...wrap(text.source, `400 13px ${font}`, WIDTH - 2 * PAD),
    ...(text.key ? wrap(text.key, `400 13px ${font}`, WIDTH - 2 * PAD) : []),
  ];
  for (const l of footLines) {
    footY += 18;
    foot.push(textElement(doc, l, PAD, footY, 13, FILE_COLOURS.text));
  }
  footY += 22;
  foot.push(textElement(doc, text.footer, PAD, footY, 12, FILE_COLOURS['text-muted']));
  const height = Math.ceil(footY + PAD - 8);

  const root = doc.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(WIDTH));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${WIDTH} ${height}`);
  root.setAttribute('font-family', font);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = text.title;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', FILE_COLOURS.surface);
  const chart = doc.createElementNS(SVG_NS, 'g');
  chart.setAttribute('transform', `translate(0 ${chartTop})`);
  chart.append(...drawing.childNodes);
  root.append(title, background, ...head, chart, ...foot);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** The SVG drawn onto a canvas at twice its size, as PNG bytes. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth * scale;
    canvas.height = img.naturalHeight * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

import { useState } from 'react';
import type { ChartSpec } from '../domain/chart-series';
import { chartCsvRows } from '../domain/chart-text';
import { joinList, punctuation } from '../domain/punctuation';
import { dotChartHeight, dotLabelWidth, FILE_WIDTH, type ChartSourceLink, type DrawingData } from './chart-model';
import { hashUrl } from './app-address';
import { saveFile, XLSX_TYPE } from './save-file';
import { Button } from './button';
import { useSettings, useT } from './use-settings';
import './chart-actions.css';

/** The column of the data files that holds the values (after series and year). */
const VALUE_COLUMN = 2;

type Status = { kind: 'idle' } | { kind: 'done'; text: string } | { kind: 'copy-failed'; url: string };

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Downloads of one chart (PNG, SVG, CSV, Excel) and a link that reopens it exactly as shown. */
export function ChartActions({
  chart,
  drawing,
  title,
  subtitle,
  sources,
  hasDerived,
  hasSecondary = false,
}: {
  chart: ChartSpec;
  drawing: DrawingData;
  title: string;
  subtitle: string;
  sources: readonly ChartSourceLink[];
  hasDerived: boolean;
  /** A dot chart with points only a secondary copy gives: its image says what their mark means. */
  hasSecondary?: boolean;
}) {
  const { t, lang } = useT();
  const { currency } = useSettings();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const { gap, semicolon } = punctuation(lang);
  const sourceText = joinList(
    sources.map((s) => s.name),
    lang,
    'semicolon',
  );
  const fileName = (ext: string) => `zhejiang-culture-${chart.id}-${lang}-${today()}.${ext}`;

  /** A file that could not be made: the status line says why. */
  const failed = (e: unknown) =>
    setStatus({
      kind: 'done',
      text: t('chart.downloadFailed', { message: e instanceof Error ? e.message : String(e) }),
    });

  const image = async (format: 'png' | 'svg') => {
    setBusy(true);
    try {
      const { chartSvgText, svgToPng } = await import('./chart-export');
      const svg = await chartSvgText(
        { id: `${chart.id}-${format}`, index: 'label', ...drawing, tooltip: () => null, title },
        {
          title,
          subtitle,
          source: `${t('chart.source')}${gap}${sourceText}${hasDerived ? `${semicolon}${t('chart.derivedSource')}` : ''}`,
          key: hasDerived
            ? t(drawing.kind === 'line' ? 'chart.imageKeyLine' : 'chart.imageKeyBar')
            : hasSecondary
              ? t('chart.imageKeyDots')
              : undefined,
          footer: t('chart.imageFooter', { date: today() }),
        },
        drawing.kind === 'dots' ? dotChartHeight(drawing, dotLabelWidth(FILE_WIDTH)) : undefined,
      );
      const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg);
      saveFile(blob, fileName(format));
      setStatus({ kind: 'done', text: t('chart.downloaded', { file: fileName(format) }) });
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  /** The chart's data as both data files hold it: where it came from, the header, the rows. */
  const dataTable = () => ({
    meta: [
      [t('chart.metaDashboard'), t('app.name')],
      [t('chart.metaChart'), `${title} (${subtitle})`],
      [t('chart.metaSource'), sourceText],
      [t('chart.metaExported'), today()],
      [t('chart.metaLanguage'), lang],
      [t('chart.metaCurrency'), currency],
    ] satisfies [string, string][],
    header: [
      t('chart.csvSeries'),
      t('chart.csvYear'),
      t('chart.csvValue'),
      t('chart.csvUnit'),
      t('chart.csvBasis'),
      t('chart.csvFormula'),
      t('chart.csvSources'),
    ],
    rows: chartCsvRows(
      chart,
      lang,
      { stated: t('chart.csvStated'), derived: t('chart.csvDerived'), converted: t('chart.csvConverted') },
      (ids) =>
        joinList(
          ids.map((id) => sources.find((s) => s.id === id)?.name ?? id),
          lang,
          'semicolon',
        ),
    ),
  });

  // The CSV writer (1 KB gzip) loads on the first data download, not with every chart page.
  const csv = async () => {
    try {
      const { toCsv } = await import('../domain/csv');
      const text = toCsv(dataTable());
      saveFile(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName('csv'));
      setStatus({ kind: 'done', text: t('chart.downloaded', { file: fileName('csv') }) });
    } catch (e) {
      failed(e);
    }
  };

  // The spreadsheet library loads on the first Excel download, never with the chart.
  const xlsx = async () => {
    // As for the images: the buttons wait while the library loads; the status line then says
    // what was downloaded, or why not.
    setBusy(true);
    try {
      const { chartXlsx } = await import('./chart-xlsx');
      const { meta, header, rows } = dataTable();
      const bytes = chartXlsx({ lang, header, rows, valueColumn: VALUE_COLUMN, about: meta });
      saveFile(new Blob([bytes], { type: XLSX_TYPE }), fileName('xlsx'));
      setStatus({ kind: 'done', text: t('chart.downloaded', { file: fileName('xlsx') }) });
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  const copyLink = async () => {
    // Where routes are the hash, the chart's fragment goes after the route's (#/growth?…#chart-…).
    const url = __SINGLE_FILE__ ? hashUrl({ hash: `chart-${chart.id}` }) : new URL(window.location.href);
    if (!__SINGLE_FILE__) url.hash = `chart-${chart.id}`;
    try {
      await navigator.clipboard.writeText(url.toString());
      setStatus({ kind: 'done', text: t('chart.copied') });
    } catch {
      setStatus({ kind: 'copy-failed', url: url.toString() });
    }
  };

  const formats = [
    ['png', t('chart.png'), () => void image('png')],
    ['svg', t('chart.svg'), () => void image('svg')],
    ['csv', t('chart.csv'), () => void csv()],
    ['xlsx', t('chart.xlsx'), () => void xlsx()],
  ] as const;

  return (
    <div className="chart-actions">
      <div className="chart-actions__buttons" role="group" aria-label={t('chart.downloads')}>
        {formats.map(([key, label, run]) => (
          <Button
            key={key}
            className="button button--quiet"
            onClick={run}
            disabled={busy && key !== 'csv'}
            aria-label={t('chart.downloadLabel', { title, format: label })}
          >
            {label}
          </Button>
        ))}
        <Button
          className="button button--quiet"
          onClick={() => void copyLink()}
          aria-label={t('chart.copyLinkLabel', { title })}
        >
          {t('chart.copyLink')}
        </Button>
      </div>
      <div role="status" className="chart-actions__status">
        {status.kind === 'done' && status.text}
        {status.kind === 'copy-failed' && (
          <label>
            {t('chart.copyFailed')}{' '}
            <input type="text" readOnly value={status.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </div>
    </div>
  );
}

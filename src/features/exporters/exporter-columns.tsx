import type { TFunction } from 'i18next';
import { AppLink } from '../../components/app-link';
import type { DataColumn } from '../../components/data-table';
import { nameText } from '../../components/name-text';
import { rowNote, type ExporterRow } from '../../domain/exporter-rows';
import { secondaryCopyText, sourceTitle, type Catalog } from '../../domain/figures';
import { formatPeriod, formatValue, type Lang } from '../../domain/format';
import { joinList } from '../../domain/punctuation';

/** The columns of the exporters table, each a function of the row. */
export function exporterColumns(
  t: TFunction,
  lang: Lang,
  catalog: Catalog,
  officialMatch: (row: ExporterRow) => ExporterRow | undefined = () => undefined,
): DataColumn<ExporterRow>[] {
  // Strings and marks looked up once per render, not once per cell: with long lists the
  // per-cell lookups were a third of a keystroke's time.
  const marks = { translated: t('figure.translatedName'), missing: t('figure.noChineseName') };
  const notStated = <span className="not-stated">{t('state.notStated')}</span>;
  const importedMark = t('exporters.imported');
  const syntheticMark = t('exporters.synthetic');

  return [
    {
      id: 'name',
      header: t('exporters.colName'),
      sortable: true,
      rowHeader: true,
      cell: (r) => (
        <>
          {r.origin === 'official' ? (
            <AppLink to={`/exporters/${r.id}`}>{nameText(r.name, lang, marks)}</AppLink>
          ) : (
            nameText(r.name, lang, marks)
          )}
          {r.origin === 'imported' && (
            <span className="row-mark">
              {importedMark}
              {r.synthetic && ` · ${syntheticMark}`}
            </span>
          )}
          {r.origin === 'imported' && <OfficialMatch match={officialMatch(r)} t={t} lang={lang} />}
          {r.extra && r.extra.length > 0 && (
            <span className="cell-note">
              {r.extra.map((e) => `${e.label}${t('exporters.extraColon')}${clipExtra(e.value)}`).join(' · ')}
            </span>
          )}
        </>
      ),
    },
    { id: 'city', header: t('exporters.colCity'), sortable: true, cell: (r) => r.city?.label[lang] ?? notStated },
    {
      id: 'sector',
      header: t('exporters.colSector'),
      sortable: true,
      cell: (r) => r.sector?.label[lang] ?? notStated,
    },
    {
      id: 'markets',
      header: t('exporters.colMarkets'),
      sortable: true,
      cell: (r) =>
        r.markets.length
          ? joinList(
              r.markets.map((m) => m.label[lang]),
              lang,
              'enumeration',
            )
          : notStated,
    },
    {
      id: 'recognition',
      header: t('exporters.colRecognition'),
      sortable: true,
      cell: (r) =>
        r.recognition
          ? r.recognition.map((v) => (
              <span key={v.key} className={v.key === 'none-stated' ? 'not-stated cell-line' : 'cell-line'}>
                {v.label[lang]}
              </span>
            ))
          : notStated,
    },
    {
      id: 'figure',
      header: t('exporters.colFigure'),
      sortable: true,
      cell: (r) => {
        if (!r.keyFigure) return notStated;
        const value = formatValue(r.keyFigure.value, r.keyFigure.unit, lang, {
          qualifier: r.keyFigure.qualifier,
          decimals: 4,
        });
        return (
          <>
            {r.keyFigure.figureId ? <AppLink to={`/sources#${r.keyFigure.figureId}`}>{value}</AppLink> : value}
            {r.keyFigure.period && <span className="cell-note">{formatPeriod(r.keyFigure.period, lang)}</span>}
            {r.keyFigure.sharedBy && (
              <span className="cell-note">{t('exporters.sharedFigure', { count: r.keyFigure.sharedBy })}</span>
            )}
            {/* An official figure's note is on its page and the sources page; an imported row's is only here. */}
            {r.origin === 'imported' && rowNote(r, lang) && <span className="cell-note">{rowNote(r, lang)}</span>}
          </>
        );
      },
    },
    {
      id: 'source',
      header: t('exporters.colSource'),
      sortable: true,
      cell: (r) =>
        r.origin === 'official' ? (
          r.sourceIds.map((id, i) => {
            const s = catalog.sources.get(id);
            return (
              <span key={id} className="cell-line">
                {i > 0 && ' '}
                <AppLink to={`/sources#source-${id}`} title={s ? sourceTitle(s, lang) : undefined}>
                  {s ? s.short[lang] : id}
                </AppLink>
                {s?.grade === 'repost' && <span className="cell-note">{secondaryCopyText(s, lang)}</span>}
              </span>
            );
          })
        ) : (
          <>
            {r.sourceText || notStated}
            {r.importedFrom && <span className="cell-note">{t('exporters.fromFile', { file: r.importedFrom })}</span>}
          </>
        ),
    },
  ];
}

/** A kept cell in the table is shown by its start; the whole value is in the exports. */
function clipExtra(value: string): string {
  return value.length > 80 ? `${value.slice(0, 79)}…` : value;
}

/** An imported row whose name is an official exporter's: said, with a link to the official entry. */
function OfficialMatch({ match, t, lang }: { match: ExporterRow | undefined; t: TFunction; lang: Lang }) {
  if (!match) return null;
  const name = lang === 'zh' ? (match.name.zh ?? match.name.en) : match.name.en;
  return (
    <span className="cell-note">
      {t('exporters.matchesOfficial')} <AppLink to={`/exporters/${match.id}`}>{name}</AppLink>
    </span>
  );
}

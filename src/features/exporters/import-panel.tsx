import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { fileSource, openImport, type ImportSession } from '../../api/import-file';
import type { ImportSource, TablePreview } from '../../api/import-engine';
import {
  canStoreLists,
  storageFailure,
  useClearStoredLists,
  useImportedLists,
  useRemoveImportedList,
  useRemoveUnreadableLists,
  useSaveImportedList,
  useUnreadableLists,
  type StoredListReason,
  type UnreadableList,
} from '../../api/imported-rows';
import type { KnownFacets } from '../../domain/exporter-file/facets';
import type { ImportResult } from '../../domain/exporter-file/import';
import { formatDate } from '../../domain/format';
import { useT } from '../../components/use-settings';
import { Button } from '../../components/button';
import { useHydrated, useTakeoverMark } from '../../components/use-hydrated';
import type { MapChoice } from './import-map';
import { ListsStorage } from './lists-storage';
import './import-panel.css';

const ImportMap = lazy(() => import('./import-map'));

const SHOWN_REJECTS = 100;
const SHOWN_SET_APART = 20;

/** Workbooks, text tables and JSON, by extension and by type (some systems give only one). */
const ACCEPT = [
  '.xlsx',
  '.xlsm',
  '.xls',
  '.ods',
  '.csv',
  '.tsv',
  '.txt',
  '.json',
  'text/csv',
  'text/tab-separated-values',
  'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string; fraction: number }
  | { kind: 'mapping'; preview: TablePreview }
  | { kind: 'done'; result: ImportResult; accepted: number }
  | { kind: 'failed'; message: string };

/**
 * Import a team's own list: read off the main thread with progress, checked column by column
 * in a map the user confirms, reported row by row, kept in this browser, removable. The
 * official rows are never touched.
 */
export function ImportPanel({ known }: { known: KnownFacets }) {
  const { t, lang } = useT();
  const inputId = useId();
  const pasteId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState(false);
  const session = useRef<ImportSession | undefined>(undefined);
  const lists = useImportedLists();
  const save = useSaveImportedList();
  const remove = useRemoveImportedList();
  const unreadable = useUnreadableLists();
  const clear = useClearStoredLists();
  // A file chosen on the prerendered page before the app runs would be lost: wait for it.
  const hydrated = useHydrated();
  const waiting = useTakeoverMark();

  const endSession = () => {
    session.current?.close();
    session.current = undefined;
  };
  useEffect(() => endSession, []);

  const failedWith = (error: unknown) => {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  };

  const finish = (result: ImportResult, name: string) => {
    endSession();
    // The report keeps counts and rejects, not a second copy of every accepted row.
    setStatus({ kind: 'done', result: { ...result, accepted: [] }, accepted: result.accepted.length });
    if (!result.error && result.accepted.length > 0)
      save.mutate(
        {
          id: `list-${Date.now().toString(36)}`,
          fileName: name,
          importedAt: new Date().toISOString(),
          rows: result.accepted,
        },
        // Forget the variables once stored: they are the whole list.
        { onSuccess: () => save.reset() },
      );
  };

  async function start(name: string, source: () => Promise<ImportSource>) {
    // "The stored lists were cleared" is old news once a new list comes in.
    clear.reset();
    endSession();
    setStatus({ kind: 'reading', file: name, fraction: 0 });
    try {
      const opened = openImport(await source(), known, (fraction) =>
        setStatus((s) => (s.kind === 'reading' ? { ...s, fraction } : s)),
      );
      session.current = opened;
      const outcome = await opened.opened;
      if (session.current !== opened) return;
      if (outcome.kind === 'done') finish(outcome.result, name);
      else setStatus({ kind: 'mapping', preview: outcome.preview });
    } catch (error) {
      endSession();
      failedWith(error);
    }
  }

  async function runMap(preview: TablePreview, choice: MapChoice) {
    const current = session.current;
    if (!current) return;
    setStatus({ kind: 'reading', file: preview.fileName, fraction: 0 });
    try {
      finish(await current.run(choice.sheet, choice.plan), preview.fileName);
    } catch (error) {
      endSession();
      failedWith(error);
    }
  }

  const readPasted = () => {
    if (!pasted.trim()) {
      setPasteError(true);
      return;
    }
    setPasteError(false);
    const name = t('exporters.pastedName', { date: new Date().toISOString().slice(0, 16).replace('T', ' ') });
    void start(name, () => Promise.resolve({ kind: 'paste', text: pasted, name }));
  };

  const busy = status.kind === 'reading';

  return (
    <section aria-labelledby="import-title" className="section">
      <h2 id="import-title">{t('exporters.importTitle')}</h2>
      <p className="section__intro">{t('exporters.importIntro')}</p>
      <p>
        <label htmlFor={inputId} className="file-label">
          {t('exporters.importLabel')}
        </label>{' '}
        <input
          id={inputId}
          type="file"
          accept={ACCEPT}
          disabled={busy}
          {...waiting}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void start(file.name, () => fileSource(file));
          }}
        />
      </p>
      <div className="import-paste">
        <label htmlFor={pasteId} className="file-label">
          {t('exporters.pasteLabel')}
        </label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          spellCheck={false}
          disabled={busy}
          aria-invalid={pasteError || undefined}
          aria-describedby={pasteError ? `${pasteId}-error` : undefined}
          onChange={(e) => setPasted(e.currentTarget.value)}
          {...waiting}
        />
        {pasteError && (
          <p id={`${pasteId}-error`} className="notice notice--error" role="alert">
            {t('exporters.pasteEmpty')}
          </p>
        )}
        <p>
          <Button className="button button--quiet" onClick={readPasted} disabled={busy}>
            {t('exporters.pasteRead')}
          </Button>
        </p>
      </div>

      {status.kind === 'mapping' && (
        <Suspense fallback={<p className="muted">{t('exporters.importing', { file: status.preview.fileName })}</p>}>
          <ImportMap
            key={status.preview.fileName}
            preview={status.preview}
            onImport={(choice) => void runMap(status.preview, choice)}
            onCancel={() => {
              endSession();
              setStatus({ kind: 'idle' });
            }}
          />
        </Suspense>
      )}

      <div aria-live="polite">
        {status.kind === 'reading' && (
          <p className="import-progress">
            {t('exporters.importing', { file: status.file })}{' '}
            <progress max={1} value={status.fraction} aria-label={t('exporters.importProgress')} />
          </p>
        )}
        {status.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            {t('exporters.failed', { message: status.message })}
          </p>
        )}
        {status.kind === 'done' && <ImportReport result={status.result} accepted={status.accepted} />}
        {save.error && (
          <p className="notice notice--error" role="alert">
            {t('exporters.saveError', { message: save.error.message })}
          </p>
        )}
      </div>

      <h3>{t('exporters.lists')}</h3>
      <ClearedNotice clear={clear} />
      {/* Until the app has taken over, the prerendered "reading" line stays: the store may have
          answered by then, and drawing its answer during hydration would not match the HTML. */}
      {hydrated && lists.error ? (
        <StorageUnavailable error={lists.error} clear={clear} />
      ) : !hydrated || !lists.data ? (
        // Not "no list" while the browser's store is still being read (and on the prerendered page).
        <p className="muted">{t('exporters.listsLoading')}</p>
      ) : (
        <>
          {unreadable.data && unreadable.data.length > 0 && <UnreadableNotice unreadable={unreadable.data} />}
          {lists.data.length > 0 ? (
            <ul className="import-lists">
              {lists.data.map((list) => (
                <li key={list.id}>
                  <span className="import-lists__name">{list.fileName}</span>{' '}
                  <span className="import-lists__meta">
                    {t('exporters.listRows', { count: list.rows.length })} ·{' '}
                    {formatDate(list.importedAt.slice(0, 10), lang)}
                  </span>{' '}
                  <Button
                    className="button button--quiet"
                    onClick={() => remove.mutate(list.id)}
                    disabled={remove.isPending}
                  >
                    {t('exporters.remove', { file: list.fileName })}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            // The notice above already speaks of lists that exist but cannot be read.
            !unreadable.data?.length && <p className="muted">{t('exporters.noLists')}</p>
          )}
        </>
      )}
      <ListsStorage />
    </section>
  );
}

type ClearMutation = ReturnType<typeof useClearStoredLists>;

/** The outcome of "Clear the stored lists", kept in view after the store reads again. */
function ClearedNotice({ clear }: { clear: ClearMutation }) {
  const { t } = useT();
  if (clear.isSuccess)
    return (
      <p className="notice" role="status">
        {t('exporters.clearDone')}
      </p>
    );
  if (clear.isPending && clear.blocked)
    return (
      <p className="notice" role="status">
        {t('exporters.clearBlocked')}
      </p>
    );
  if (clear.error)
    return (
      <p className="notice notice--error" role="alert">
        {t('exporters.clearFailed', { message: clear.error.message })}
      </p>
    );
  return null;
}

/** The browser's store cannot be opened or read at all: say so, and offer to start it afresh. */
function StorageUnavailable({ error, clear }: { error: Error; clear: ClearMutation }) {
  const { t } = useT();
  const failure = storageFailure(error);
  return (
    <div className="notice notice--error notice--stack" role="alert">
      <p>
        {t(`exporters.storageFailures.${failure}`, { message: error.message })} {t('exporters.storageUnaffected')}
      </p>
      {canStoreLists() && (
        <p>
          {t('exporters.clearIntro')}{' '}
          <Button className="button" onClick={() => clear.mutate()} disabled={clear.isPending}>
            {t('exporters.clearStored')}
          </Button>
        </p>
      )}
    </div>
  );
}

function useReasonText(): (reason: StoredListReason) => string {
  const { t } = useT();
  return (reason) => {
    const text = t(`exporters.storedProblems.${reason.problem}`, { field: reason.field ?? '' });
    return reason.row === undefined ? text : t('exporters.storedRow', { row: reason.row, reason: text });
  };
}

/** Stored records this version cannot show: what they are, why, and a way to be rid of them. */
function UnreadableNotice({ unreadable }: { unreadable: readonly UnreadableList[] }) {
  const { t } = useT();
  const reasonText = useReasonText();
  const removeAll = useRemoveUnreadableLists();
  return (
    <div className="notice notice--error notice--stack" role="alert">
      <p>{t('exporters.unreadable', { count: unreadable.length })}</p>
      <ul className="import-report__rejects">
        {unreadable.map((u, i) => (
          // Keys may be any IndexedDB key (arrays, dates…); the list does not change while shown.
          <li key={i}>
            <strong>{u.fileName ?? t('exporters.unnamedRecord', { key: String(u.key) })}</strong>
            {t('exporters.storedColon')}
            {reasonText(u.reason)}
          </li>
        ))}
      </ul>
      <p>
        {t('exporters.unreadableUnaffected')}{' '}
        <Button className="button" onClick={() => removeAll.mutate(unreadable)} disabled={removeAll.isPending}>
          {t('exporters.removeUnreadable')}
        </Button>
      </p>
      {removeAll.error && <p>{t('exporters.removeUnreadableFailed', { message: removeAll.error.message })}</p>}
    </div>
  );
}

/** A whole-file error's message, with the limit it went past in the unit its words use. */
function fileErrorText(t: ReturnType<typeof useT>['t'], result: ImportResult): string {
  const error = result.error ?? 'empty';
  const limit =
    result.limit === undefined ? undefined : error === 'zip-too-large' ? result.limit / 2 ** 20 : result.limit;
  return t(`exporters.fileErrors.${error}`, {
    limit: limit === undefined ? '' : new Intl.NumberFormat('en').format(limit),
  });
}

const SHEET_FORMATS: ReadonlySet<ImportResult['format']> = new Set(['xlsx', 'xls', 'ods']);

function ImportReport({ result, accepted }: { result: ImportResult; accepted: number }) {
  const { t } = useT();
  if (result.error)
    return (
      <p className="notice notice--error" role="alert">
        {fileErrorText(t, result)}
      </p>
    );
  const lineKey =
    result.format === 'json'
      ? 'exporters.position'
      : SHEET_FORMATS.has(result.format)
        ? 'exporters.sheetRow'
        : 'exporters.line';
  const encoding =
    result.format === 'json'
      ? 'JSON'
      : SHEET_FORMATS.has(result.format)
        ? result.format.toUpperCase()
        : result.encoding.toUpperCase();
  const kept = result.warnings.filter((w) => w.kind === 'kept-column').map((w) => w.column);
  return (
    <div className="import-report">
      <h3>{t('exporters.reportTitle', { file: result.fileName })}</h3>
      <p>
        {result.sheet && <>{t('exporters.reportSheet', { sheet: result.sheet })} </>}
        {t(result.setApart.length > 0 ? 'exporters.reportSummarySetApart' : 'exporters.reportSummary', {
          accepted: t('exporters.acceptedRows', { count: accepted }),
          rejected: result.rejected.length,
          setApart: result.setApart.length,
          total: t('exporters.fileRows', { count: result.total }),
          encoding,
        })}
      </p>
      {kept.length > 0 && <p>{t('exporters.keptColumns', { columns: kept.join(', ') })}</p>}
      {result.setApart.length > 0 && (
        <>
          <p>{t('exporters.setApart', { count: result.setApart.length })}</p>
          <ul className="import-report__rejects">
            {result.setApart.slice(0, SHOWN_SET_APART).map((r) => (
              <li key={r.line}>
                <strong>{t(lineKey, { line: r.line })}</strong>: <q>{r.text}</q>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.rejected.length > 0 && result.setApart.length > 0 && <p>{t('exporters.rejectedLead')}</p>}
      {result.rejected.length > 0 && (
        <ul className="import-report__rejects">
          {result.rejected.slice(0, SHOWN_REJECTS).map((r) => (
            <li key={`${r.line}-${r.reason}`}>
              <strong>{t(lineKey, { line: r.line })}</strong>: {t(`exporters.reasons.${r.reason}`)}
              {r.column && (
                <>
                  {' '}
                  (<code>{r.column}</code>
                  {r.value !== undefined && (
                    <>
                      {' '}
                      <q>{r.value}</q>
                    </>
                  )}
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.rejected.length > SHOWN_REJECTS && (
        <p>{t('exporters.reportMore', { count: result.rejected.length - SHOWN_REJECTS })}</p>
      )}
    </div>
  );
}

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ImportSession } from '../../api/import-file';
import type { ImportSource, TablePreview } from '../../api/import-engine';
import {
  useClearStoredLists,
  useImportedLists,
  useListsFromOtherTabs,
  useRemoveImportedList,
  useSaveImportedList,
  useUnreadableLists,
} from '../../api/imported-rows';
import type { KnownFacets } from '../../domain/exporter-file/facets';
import type { ImportResult } from '../../domain/exporter-file/import';
import { formatDate } from '../../domain/format';
import { useT } from '../../components/use-settings';
import { Button } from '../../components/button';
import { useHydrated, useTakeoverMark } from '../../components/use-hydrated';
import { useInView } from '../../components/use-in-view';
import type { MapChoice } from './import-map';
import type * as NoticesModule from './import-notices';
import './import-panel.css';

/*
 * The panel's first view is the file input, the paste box and the stored lists' names. What it
 * says later (the column map, the report, the notices, the keeping and backup of the lists)
 * loads with its strings when first needed: on an import, or when the section comes into view.
 */
type Notices = typeof NoticesModule;

/** The notices' module once `wanted` has been true, or the error that kept it from loading. */
function useNotices(wanted: boolean): { notices?: Notices; error?: Error } {
  const [loaded, setLoaded] = useState<{ notices?: Notices; error?: Error }>({});
  useEffect(() => {
    if (!wanted || loaded.notices) return;
    let live = true;
    import('./import-notices').then(
      (notices) => live && setLoaded({ notices }),
      (error: unknown) => live && setLoaded({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded.notices]);
  return loaded;
}
const ListsStorage = lazy(() => import('./lists-storage').then((m) => ({ default: m.ListsStorage })));
const ImportMap = lazy(() => import('./import-map'));

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
  // Other tabs' imports and removals show here without a reload.
  useListsFromOtherTabs();
  const { ref: sectionRef, seen } = useInView<HTMLElement>();
  // Once the section is near, or has something to say, what it may say is fetched.
  const { notices: said, error: notSaid } = useNotices(
    hydrated && (seen || status.kind !== 'idle' || !!lists.error || !!unreadable.data?.length || !clear.isIdle),
  );

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
      const { openImport } = await import('../../api/import-file');
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
    <section aria-labelledby="import-title" className="section" ref={sectionRef}>
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
            if (file) void start(file.name, () => import('../../api/import-file').then((m) => m.fileSource(file)));
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
        {status.kind === 'done' && said && <said.ImportReport result={status.result} accepted={status.accepted} />}
        {notSaid && (
          <p className="notice notice--error" role="alert">
            {t('exporters.failed', { message: notSaid.message })}
          </p>
        )}
        {save.error && (
          <p className="notice notice--error" role="alert">
            {t('exporters.saveError', { message: save.error.message })}
          </p>
        )}
      </div>

      <h3>{t('exporters.lists')}</h3>
      {said && <said.ClearedNotice clear={clear} />}
      {/* Until the app has taken over, the prerendered "reading" line stays: the store may have
          answered by then, and drawing its answer during hydration would not match the HTML. */}
      {hydrated && lists.error ? (
        said ? (
          <said.StorageUnavailable error={lists.error} clear={clear} />
        ) : (
          <p className="muted">{t('exporters.listsLoading')}</p>
        )
      ) : !hydrated || !lists.data ? (
        // Not "no list" while the browser's store is still being read (and on the prerendered page).
        <p className="muted">{t('exporters.listsLoading')}</p>
      ) : (
        <>
          {said && unreadable.data && unreadable.data.length > 0 && (
            <said.UnreadableNotice unreadable={unreadable.data} />
          )}
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
      {/* After the app has taken over, so that the prerendered page hydrates without it. */}
      {hydrated && (seen || status.kind !== 'idle') && (
        <Suspense fallback={null}>
          <ListsStorage />
        </Suspense>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { importFile } from '../../api/import-file';
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
import './import-panel.css';

const SHOWN_REJECTS = 100;

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; file: string; fraction: number }
  | { kind: 'done'; result: ImportResult; accepted: number }
  | { kind: 'failed'; message: string };

/**
 * Import a team's own list: parsed off the main thread with progress, reported row by row,
 * kept in this browser, removable. The official rows are never touched.
 */
export function ImportPanel({ known }: { known: KnownFacets }) {
  const { t, lang } = useT();
  const inputId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const lists = useImportedLists();
  const save = useSaveImportedList();
  const remove = useRemoveImportedList();
  const unreadable = useUnreadableLists();
  const clear = useClearStoredLists();
  // A file chosen on the prerendered page before the app runs would be lost: wait for it.
  const hydrated = useHydrated();
  const waiting = useTakeoverMark();

  async function onFile(file: File) {
    // "The stored lists were cleared" is old news once a new list comes in.
    clear.reset();
    setStatus({ kind: 'reading', file: file.name, fraction: 0 });
    try {
      const result = await importFile(file, known, (fraction) =>
        setStatus({ kind: 'reading', file: file.name, fraction }),
      );
      // The report keeps counts and rejects, not a second copy of every accepted row.
      setStatus({ kind: 'done', result: { ...result, accepted: [] }, accepted: result.accepted.length });
      if (!result.error && result.accepted.length > 0)
        save.mutate(
          {
            id: `list-${Date.now().toString(36)}`,
            fileName: file.name,
            importedAt: new Date().toISOString(),
            rows: result.accepted,
          },
          // Forget the variables once stored: they are the whole list.
          { onSuccess: () => save.reset() },
        );
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

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
          accept=".csv,.tsv,.txt,.json,text/csv,application/json"
          disabled={status.kind === 'reading'}
          {...waiting}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onFile(file);
          }}
        />
      </p>

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

function ImportReport({ result, accepted }: { result: ImportResult; accepted: number }) {
  const { t } = useT();
  if (result.error)
    return (
      <p className="notice notice--error" role="alert">
        {t(`exporters.fileErrors.${result.error}`)}
      </p>
    );
  const lineKey = result.format === 'json' ? 'exporters.position' : 'exporters.line';
  return (
    <div className="import-report">
      <h3>{t('exporters.reportTitle', { file: result.fileName })}</h3>
      <p>
        {t('exporters.reportSummary', {
          accepted: t('exporters.acceptedRows', { count: accepted }),
          rejected: result.rejected.length,
          total: t('exporters.fileRows', { count: result.total }),
          encoding: result.format === 'json' ? 'JSON' : result.encoding.toUpperCase(),
        })}
      </p>
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

import { useT } from '../../components/use-settings';
import { Button } from '../../components/button';
import type { useClearStoredLists } from '../../api/imported-rows';
import {
  canStoreLists,
  storageFailure,
  useRemoveUnreadableLists,
  type StoredListReason,
  type UnreadableList,
} from '../../api/imported-rows';
import type { ImportResult } from '../../domain/exporter-file/import';
import { useImportStrings } from './import-strings';

/*
 * What the import panel says once something has happened: an import's report, a store that
 * cannot be read, lists this version cannot show, the outcome of clearing them. They load when
 * first needed, with their strings, not with the page.
 */

const SHOWN_REJECTS = 100;
const SHOWN_SET_APART = 20;

export type ClearMutation = ReturnType<typeof useClearStoredLists>;

/** The outcome of "Clear the stored lists", kept in view after the store reads again. */
export function ClearedNotice({ clear }: { clear: ClearMutation }) {
  useImportStrings();
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
export function StorageUnavailable({ error, clear }: { error: Error; clear: ClearMutation }) {
  useImportStrings();
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

/** Why a stored list or a backup's list cannot be read, in words. */
export function useReasonText(): (reason: StoredListReason) => string {
  useImportStrings();
  const { t } = useT();
  return (reason) => {
    const text = t(`exporters.storedProblems.${reason.problem}`, { field: reason.field ?? '' });
    return reason.row === undefined ? text : t('exporters.storedRow', { row: reason.row, reason: text });
  };
}

/** Stored records this version cannot show: what they are, why, and a way to be rid of them. */
export function UnreadableNotice({ unreadable }: { unreadable: readonly UnreadableList[] }) {
  useImportStrings();
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

export function ImportReport({ result, accepted }: { result: ImportResult; accepted: number }) {
  useImportStrings();
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

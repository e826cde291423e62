import { useEffect, useId, useRef, useState } from 'react';
import {
  OutOfSpaceError,
  useOutOfSpace,
  useImportedLists,
  useRestoreLists,
  useStorageState,
  type ImportedList,
  type StorageState,
} from '../../api/imported-rows';
import {
  backupFileName,
  backupText,
  listsToRestore,
  parseBackup,
  planRestore,
  type BackupCheck,
  type RestorePlan,
} from '../../domain/lists-backup';
import { formatDate, type Lang } from '../../domain/format';
import { useT } from '../../components/use-settings';
import { Button } from '../../components/button';
import { saveFile } from '../../components/save-file';
import { useReasonText } from './import-notices';
import { useImportStrings } from './import-strings';
import './lists-storage.css';

/*
 * What keeps a team's lists: whether the browser promised to keep them, the space used and left,
 * a list refused for want of space, the other tabs' imports and removals, and a backup file to
 * restore them from. The lists live only in this browser; losing them is losing the team's work.
 */

const KB = 1024;
const MB = KB * KB;
const GB = MB * KB;

/** About this many bytes, in GB, MB or KB, in the reader's language. */
export function formatBytes(bytes: number, lang: Lang): string {
  const [unit, size] =
    bytes >= GB ? (['gigabyte', GB] as const) : bytes >= MB ? (['megabyte', MB] as const) : (['kilobyte', KB] as const);
  const amount = bytes / size;
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: amount < 10 ? 1 : 0 }).format(
    amount,
  );
}

type T = ReturnType<typeof useT>['t'];

function outOfSpaceText(t: T, lang: Lang, error: OutOfSpaceError): string {
  const size = formatBytes(error.bytes, lang);
  if (error.usage === undefined || error.quota === undefined) return t('exporters.storage.outOfSpaceUnknown', { size });
  // A browser may refuse a write while its estimate still shows room (a quota set for the site,
  // a full disk): then it would be false to say how much is left.
  if (error.quota - error.usage > error.bytes)
    return t('exporters.storage.outOfSpaceRefused', {
      size,
      used: formatBytes(error.usage, lang),
      quota: formatBytes(error.quota, lang),
    });
  return t('exporters.storage.outOfSpace', {
    size,
    left: formatBytes(Math.max(0, error.quota - error.usage), lang),
    used: formatBytes(error.usage, lang),
    quota: formatBytes(error.quota, lang),
  });
}

function PersistenceNote({ state }: { state: StorageState }) {
  const { t, lang } = useT();
  const kept =
    state.persisted === true
      ? t('exporters.storage.kept')
      : state.persisted === false
        ? t('exporters.storage.mayClear')
        : t('exporters.storage.cannotTell');
  return (
    <p className="lists-storage__note">
      {kept}
      {state.usage !== undefined && state.quota !== undefined && (
        <>
          {' '}
          {t('exporters.storage.space', {
            used: formatBytes(state.usage, lang),
            left: formatBytes(Math.max(0, state.quota - state.usage), lang),
          })}
        </>
      )}
    </p>
  );
}

type Restore =
  | { kind: 'idle' }
  | { kind: 'refused'; check: Extract<BackupCheck, { ok: false }> }
  | { kind: 'choosing'; plan: RestorePlan }
  | { kind: 'done'; restored: number; skipped: number };

/** The stored lists' keeping: the browser's promise, the space, a backup and its restore. */
export function ListsStorage() {
  useImportStrings();
  const { t, lang } = useT();
  const lists = useImportedLists();
  const storage = useStorageState();
  const refused = useOutOfSpace();
  const inputId = useId();
  const [restore, setRestore] = useState<Restore>({ kind: 'idle' });
  const restoring = useRestoreLists();

  const stored = lists.data;
  const backUp = () => {
    if (!stored?.length) return;
    const now = new Date();
    saveFile(new Blob([backupText(stored, now)], { type: 'application/json' }), backupFileName(now));
  };

  const store = (plan: RestorePlan, replace: ReadonlySet<string>) => {
    const chosen = listsToRestore(plan, replace);
    const skipped = plan.fresh.length + plan.conflicts.length - chosen.length;
    if (chosen.length === 0) {
      setRestore({ kind: 'done', restored: 0, skipped });
      return;
    }
    restoring.mutate(chosen, { onSuccess: () => setRestore({ kind: 'done', restored: chosen.length, skipped }) });
  };

  const readBackup = async (file: File) => {
    restoring.reset();
    const check = parseBackup(await file.text());
    if (!check.ok) {
      setRestore({ kind: 'refused', check });
      return;
    }
    const plan = planRestore(check.lists, stored ?? []);
    if (plan.conflicts.length > 0) setRestore({ kind: 'choosing', plan });
    else store(plan, new Set());
  };

  return (
    <div className="lists-storage">
      {refused instanceof OutOfSpaceError && (
        <p className="notice notice--error" role="alert">
          {outOfSpaceText(t, lang, refused)}
        </p>
      )}
      {stored && stored.length > 0 && storage.data && <PersistenceNote state={storage.data} />}
      {!lists.error && stored && (
        <>
          <h3>{t('exporters.storage.backupTitle')}</h3>
          <p className="section__intro">{t('exporters.storage.backupIntro')}</p>
          <p className="lists-storage__actions">
            <Button className="button" onClick={backUp} disabled={stored.length === 0}>
              {t('exporters.storage.backup')}
            </Button>{' '}
            <label htmlFor={inputId} className="file-label">
              {t('exporters.storage.restore')}
            </label>{' '}
            <input
              id={inputId}
              type="file"
              accept=".json,application/json"
              disabled={restoring.isPending || restore.kind === 'choosing'}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void readBackup(file);
              }}
            />
          </p>
          <div aria-live="polite">
            {restore.kind === 'refused' && <RefusedBackup check={restore.check} />}
            {restore.kind === 'done' && (
              <p className="notice" role="status">
                {t('exporters.storage.restored', { count: restore.restored, skipped: restore.skipped })}
              </p>
            )}
            {restoring.error && (
              <p className="notice notice--error" role="alert">
                {restoring.error instanceof OutOfSpaceError
                  ? outOfSpaceText(t, lang, restoring.error)
                  : t('exporters.storage.restoreFailed', { message: restoring.error.message })}
              </p>
            )}
          </div>
          {restore.kind === 'choosing' && (
            <RestoreChoice
              plan={restore.plan}
              busy={restoring.isPending}
              onRestore={(replace) => store(restore.plan, replace)}
              onCancel={() => setRestore({ kind: 'idle' })}
            />
          )}
        </>
      )}
    </div>
  );
}

function RefusedBackup({ check }: { check: Extract<BackupCheck, { ok: false }> }) {
  const { t } = useT();
  const reasonText = useReasonText();
  const reason = check.reason ? reasonText(check.reason) : '';
  return (
    <p className="notice notice--error" role="alert">
      {t(`exporters.storage.restoreErrors.${check.problem}`, {
        list: check.list ?? 0,
        file: check.fileName ?? t('exporters.storage.unnamed'),
        reason,
      })}
    </p>
  );
}

/** For each list of the backup already stored here: keep the stored one, or replace it. */
function RestoreChoice({
  plan,
  busy,
  onRestore,
  onCancel,
}: {
  plan: RestorePlan;
  busy: boolean;
  onRestore: (replace: ReadonlySet<string>) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const titleId = useId();
  const name = useId();
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());
  const heading = useRef<HTMLHeadingElement>(null);
  // The question comes after a file was chosen: the keyboard goes to it.
  useEffect(() => heading.current?.focus(), []);
  const describe = (list: ImportedList) =>
    t('exporters.storage.conflictList', {
      rows: t('exporters.listRows', { count: list.rows.length }),
      date: formatDate(list.importedAt.slice(0, 10), lang),
    });
  const choose = (id: string, replaced: boolean) =>
    setReplace((old) => {
      const next = new Set(old);
      if (replaced) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="notice notice--stack lists-storage__choice" aria-labelledby={titleId}>
      <h4 id={titleId} ref={heading} tabIndex={-1}>
        {t('exporters.storage.conflictsTitle', { count: plan.conflicts.length })}
      </h4>
      {plan.conflicts.map(({ backup, stored }, i) => (
        <fieldset key={backup.id}>
          <legend>
            {t('exporters.storage.conflict', {
              file: backup.fileName,
              stored: describe(stored),
              backup: describe(backup),
            })}
          </legend>
          <label>
            <input
              type="radio"
              name={`${name}-${i}`}
              checked={!replace.has(backup.id)}
              onChange={() => choose(backup.id, false)}
            />{' '}
            {t('exporters.storage.skip')}
          </label>
          <label>
            <input
              type="radio"
              name={`${name}-${i}`}
              checked={replace.has(backup.id)}
              onChange={() => choose(backup.id, true)}
            />{' '}
            {t('exporters.storage.replace')}
          </label>
        </fieldset>
      ))}
      <p>
        <Button className="button" onClick={() => onRestore(replace)} disabled={busy}>
          {t('exporters.storage.restoreNow')}
        </Button>{' '}
        <Button className="button button--quiet" onClick={onCancel} disabled={busy}>
          {t('exporters.storage.restoreCancel')}
        </Button>
      </p>
    </section>
  );
}

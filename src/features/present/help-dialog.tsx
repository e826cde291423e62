import { useEffect, useRef } from 'react';
import { Button } from '../../components/button';
import { useStringsBundle } from '../../components/strings-bundle';
import { useT } from '../../components/use-settings';
import { helpEn } from './help-strings-en';
import { helpZh } from './help-strings-zh';
import '../../components/data-table.css';

const KEYS = [
  ['→  PageDown  Space  N', 'keyNext'],
  ['←  PageUp  P', 'keyPrev'],
  ['Home  End', 'keyFirstLast'],
  ['3  Enter', 'keyJump'],
  ['F', 'keyFull'],
  ['B  .', 'keyBlack'],
  ['D', 'keyDownload'],
  ['S', 'keyPresenter'],
  ['Q', 'keyShare'],
  ['C', 'keyProjector'],
  ['Esc', 'keyEscape'],
  ['?', 'keyHelp'],
] as const;

const HELP_STRINGS = { en: { present: helpEn }, zh: { present: helpZh } };

/** The keys of present mode, as a modal dialog; Esc or ? closes it. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  // Its strings come with it: the deck's first view has no help open.
  useStringsBundle(HELP_STRINGS, 'present.helpTitle');
  const { t } = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal?.();
    return () => el?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="present__help"
      aria-labelledby="present-help-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="present-help-title">{t('present.helpTitle')}</h2>
      <table className="data-table">
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(`present.${what}`)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">↔</th>
            <td>{t('present.keyTouch')}</td>
          </tr>
        </tbody>
      </table>
      <Button className="button" onClick={onClose}>
        {t('present.helpClose')}
      </Button>
    </dialog>
  );
}

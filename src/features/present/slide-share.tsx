import { lazy, Suspense } from 'react';
import { useHydrated } from '../../components/use-hydrated';
import { useInView } from '../../components/use-in-view';
import './share.css';

const Code = lazy(() => import('./share-view').then((m) => ({ default: m.SlideShareCode })));

/** The code's place and the address's, empty: the prerendered page and the moment the code loads. */
const EMPTY = (
  <>
    <div className="qr" />
    <figcaption className="qr-address" />
  </>
);

/**
 * The title slide's QR code of its own address, the address below it, for the room to follow
 * on their phones. Its place is kept while the page is prerendered HTML, and until the code has
 * loaded, once the slide is on screen and the app has taken over; a copy opened from a file has
 * no address a phone could open, and no code.
 */
export function SlideShare({ number }: { number: number }) {
  const hydrated = useHydrated();
  const { ref, seen } = useInView<HTMLElement>();
  if (hydrated && document.URL.startsWith('file:')) return null;
  return (
    <figure ref={ref} className="slide__share">
      {seen ? (
        <Suspense fallback={EMPTY}>
          <Code number={number} />
        </Suspense>
      ) : (
        EMPTY
      )}
    </figure>
  );
}

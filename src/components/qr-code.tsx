import { useEffect, useState } from 'react';
import { useInView } from './use-in-view';
import './qr-code.css';

/** The empty border every reader expects around the code, in modules. */
export const QUIET_ZONE = 4;

/** A square of modules, dark where data[row * size + column] is set: QRCode.create's modules. */
export interface QrModules {
  size: number;
  data: ArrayLike<number>;
}

/**
 * The dark modules as one path, a rectangle per run of dark modules along a row, offset by the
 * quiet zone: a few hundred commands for an address, where a rectangle per module would be
 * thousands of elements.
 */
export function qrPath({ size, data }: QrModules): string {
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`;
    }
  }
  return d;
}

interface Drawn {
  text: string;
  /** Modules across, quiet zone included. */
  side: number;
  path: string;
}

/**
 * A QR code of `text`, drawn as SVG in the browser: dark on light whatever the theme (a reader
 * needs the contrast the right way round), scaled by its box's CSS, crisp at any size. The
 * encoder (the qrcode package) loads once the box comes into view, after the app has taken
 * over the page: no page's first view carries it. Until then, and without a text (the server
 * does not know the address), the box keeps the code's place, so nothing moves when it comes.
 */
export function QrCode({ text, label, className }: { text: string | undefined; label: string; className?: string }) {
  const { ref, seen } = useInView<HTMLDivElement>();
  const [drawn, setDrawn] = useState<Drawn | undefined>();
  useEffect(() => {
    if (!seen || !text) return;
    let live = true;
    import('qrcode')
      .then(({ create }) => {
        const { modules } = create(text, { errorCorrectionLevel: 'M' });
        if (live) setDrawn({ text, side: modules.size + 2 * QUIET_ZONE, path: qrPath(modules) });
      })
      // The address is written beside the code: a chunk that failed to load leaves the box empty.
      .catch(() => {
        if (live) setDrawn(undefined);
      });
    return () => {
      live = false;
    };
  }, [seen, text]);

  const shown = drawn && drawn.text === text ? drawn : undefined;
  return (
    <div ref={ref} className={className ? `qr ${className}` : 'qr'}>
      {shown && (
        <svg
          className="qr__code"
          role="img"
          aria-label={label}
          viewBox={`0 0 ${shown.side} ${shown.side}`}
          shapeRendering="crispEdges"
          focusable="false"
        >
          <rect className="qr__light" width={shown.side} height={shown.side} fill="#fff" />
          <path className="qr__dark" d={shown.path} fill="#000" />
        </svg>
      )}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { QrCode } from '../../src/components/qr-code';
import { decode } from './qr-read';
import { renderWithProviders } from './render';

describe('a QR code', () => {
  it('is drawn as SVG that a QR reader reads back to its text, named for what it is', async () => {
    const text = 'https://example.org/present?lang=zh&currency=CNY&slides=title,trade-total&slide=2';
    renderWithProviders(<QrCode text={text} label="QR code of the address below" />);
    const code = await screen.findByRole('img', { name: 'QR code of the address below' });
    expect(code).toHaveAttribute('shape-rendering', 'crispEdges');
    expect(code.querySelectorAll('path')).toHaveLength(1);
    expect(code.querySelector('[style]')).toBeNull();
    expect(decode(code)).toBe(text);
  });

  it('keeps its place, empty, without a text', () => {
    const { container } = renderWithProviders(<QrCode text={undefined} label="QR code" />);
    expect(container.querySelector('.qr')).not.toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

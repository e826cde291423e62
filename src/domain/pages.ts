import type { Dataset, Entity } from '../data/schema';
import { FIXED_ROUTES } from './routes';

/*
 * Which addresses the build writes as static HTML, and where. Shared by the prerender step
 * (src/app/prerender.tsx) and the offline copy (vite.config.ts), so a new exporter in the
 * dataset gets its page in both without a second list to keep in step.
 */

/** Where an entity's own page is, if it has one. */
export function entityPath(entity: Entity): string | undefined {
  if (entity.kind === 'base' || entity.kind === 'platform') return `/bases/${entity.id}`;
  if (entity.kind === 'exporter') return `/exporters/${entity.id}`;
  return undefined;
}

/** Every address prerendered: the fixed pages, then one page per exporter, base and platform. */
export function prerenderedPaths(dataset: Pick<Dataset, 'entities'>): string[] {
  const details = dataset.entities.map(entityPath).filter((p) => p !== undefined);
  return [...FIXED_ROUTES, ...details];
}

const SAFE_PATH = /^(\/[a-z0-9][a-z0-9-]*)+$/;

/**
 * The file a static host serves for an address: `/` → index.html, `/growth` → growth.html,
 * `/exporters/netease` → exporters/netease.html (the "clean URL" rule of vite preview, most
 * static hosts and the offline copy). An id that could escape the folder is refused.
 */
export function prerenderedFile(path: string): string {
  if (path === '/') return 'index.html';
  if (!SAFE_PATH.test(path)) throw new Error(`cannot prerender ${JSON.stringify(path)}: not a plain lowercase path`);
  return `${path.slice(1)}.html`;
}

import type { Dataset } from '../schema';
import { bases } from './bases';
import { conflicts, discrepancies } from './discrepancies';
import { exporters } from './exporters';
import { announcementFigures } from './figures-announcement';
import { cityFigures } from './figures-cities';
import { contextFigures } from './figures-context';
import { entityFigures } from './figures-entities';
import { keyListFigures } from './figures-key-lists';
import { provinceYearFigures } from './figures-province-years';
import { places } from './places';
import { sources } from './sources';
import { works } from './works';

/*
 * The dataset, assembled from one file per kind and origin. Every figure, entity and source
 * traces to the seed article (tier A), the Chinese reports of the same announcement (tier B)
 * or the context sources (tier C) of the sources dossier. Values are in base units (yuan, US
 * dollars, minutes…); derived figures (tier D) are computed in src/domain, never stored. A
 * field no source states is absent.
 */

export const dataset: Dataset = {
  title: { en: 'Zhejiang culture exports', zh: '浙江文化出口' },
  asOf: '2025-10-21',
  sources,
  figures: [
    ...announcementFigures,
    ...contextFigures,
    ...provinceYearFigures,
    ...cityFigures,
    ...keyListFigures,
    ...entityFigures,
  ],
  entities: [...places, ...exporters, ...bases, ...works],
  discrepancies,
  conflicts,
};

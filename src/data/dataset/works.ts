import type { Entity } from '../schema';
import { ARTICLE, ZCOM } from './sources';

/* The film and TV works with Zhejiang producers or investors. */

export const works: Entity[] = [
  {
    id: 'on-the-road',
    kind: 'work',
    name: { en: 'On the Road' },
    workType: 'tv-series',
    confidence: 'unconfirmed',
    sourceIds: [ARTICLE],
  },
  {
    id: 'like-a-flowing-river',
    kind: 'work',
    name: { en: 'Like a Flowing River', zh: '大江大河', zhOrigin: 'source' },
    workType: 'tv-series',
    year: 2018,
    confidence: 'weak',
    sourceIds: [ARTICLE],
  },
  {
    id: 'song-of-youth',
    kind: 'work',
    name: { en: 'Song of Youth', zh: '玉楼春', zhOrigin: 'source' },
    workType: 'tv-series',
    confidence: 'weak',
    sourceIds: [ARTICLE],
  },
  {
    id: 'monkey-king-hero-is-back',
    kind: 'work',
    name: { en: 'Monkey King: Hero Is Back', zh: '西游记之大圣归来', zhOrigin: 'source' },
    workType: 'animated-film',
    year: 2015,
    confidence: 'confirmed',
    sourceIds: [ARTICLE],
  },
  {
    id: 'operation-red-sea',
    kind: 'work',
    name: { en: 'Operation Red Sea', zh: '红海行动', zhOrigin: 'source' },
    workType: 'film',
    year: 2018,
    confidence: 'confirmed',
    sourceIds: [ARTICLE],
  },
  {
    id: 'story-of-yanxi-palace',
    kind: 'work',
    name: { en: 'Story of Yanxi Palace', zh: '延禧攻略', zhOrigin: 'source' },
    workType: 'tv-series',
    year: 2018,
    confidence: 'confirmed',
    figureIds: ['yanxi-buyers'],
    sourceIds: [ARTICLE, ZCOM],
  },
];

import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { dataset } from '../../src/data/dataset';
import { datasetProblems, validateDatasetPlugin } from '../../scripts/validate-dataset';
import { entityRecord, figureRecord, withEntity, withFigure } from '../fixtures/dataset';

/*
 * The app ships no validator: the build is where a broken dataset has to be stopped. These
 * run the plugin of vite.config.ts in a real (tiny, unwritten) Vite build.
 */

function buildWith(data: unknown) {
  return build({
    configFile: false,
    logLevel: 'silent',
    plugins: [
      validateDatasetPlugin(data),
      {
        name: 'entry',
        resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : undefined),
        load: (id) => (id === '\0entry' ? 'export const answer = 42;' : undefined),
      },
    ],
    build: { write: false, rolldownOptions: { input: 'virtual:entry' } },
  });
}

describe('the build checks the dataset', () => {
  it('the dataset as it is passes, and the build goes on', async () => {
    expect(datasetProblems(dataset)).toBeUndefined();
    await expect(buildWith(dataset)).resolves.toBeDefined();
  });

  it('a figure citing a mistyped source fails the build, naming the record and the field', async () => {
    const broken = withFigure('trade-total', (f) => {
      f.sourceIds = ['artcle'];
    });
    const message =
      'The dataset failed validation:\n' +
      `- ${figureRecord(broken, 'trade-total')}, field "sourceIds[0]": cites source "artcle", which does not exist`;
    expect(datasetProblems(broken)).toBe(message);
    await expect(buildWith(broken)).rejects.toThrow(message);
  });

  it('every problem is listed, structural ones with their record too', async () => {
    const broken = withEntity('netease', (e) => {
      e.cityId = 'atlantis';
      (e as { kind: string }).kind = 'planet';
    });
    const problems = datasetProblems(broken) ?? '';
    expect(problems).toContain(
      `- ${entityRecord(broken, 'netease')}, field "kind": must be one of: province, city, exporter, base, platform, work`,
    );
    await expect(buildWith(broken)).rejects.toThrow(/field "kind"/);
  });
});

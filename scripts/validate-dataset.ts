import type { Plugin } from 'vite';
import { DatasetError } from '../src/data/dataset-error';
import { validateDataset } from '../src/data/schema';

/*
 * The dataset is checked once, when the app is built, rather than on every visitor's first
 * view: a production build takes its bundled module as it is (src/api/catalog.ts) and ships
 * no validator. A plugin rather than a step of the prerender, so that every `vite build`
 * stops before writing anything, including the SSR build and a build served without pages.
 */

/** What the build says of a dataset: undefined when it passes, else the DatasetError's message. */
export function datasetProblems(input: unknown): string | undefined {
  try {
    validateDataset(input);
    return undefined;
  } catch (error) {
    if (error instanceof DatasetError) return error.message;
    throw error;
  }
}

/** Fails the build, naming each record and field, when the dataset does not pass its checks. */
export function validateDatasetPlugin(dataset: unknown): Plugin {
  return {
    name: 'validate-dataset',
    apply: 'build',
    buildStart() {
      const problems = datasetProblems(dataset);
      if (problems) this.error(problems);
    },
  };
}

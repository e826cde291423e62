/*
 * Kept apart from the schema so that error pages can recognise a dataset error without
 * loading the validator itself.
 */

/** One problem found in a dataset: the record it is in, the field, and what is wrong. */
export interface DatasetIssue {
  record: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  readonly issues: DatasetIssue[];
  constructor(issues: DatasetIssue[]) {
    super(
      `The dataset failed validation:\n${issues
        .map((i) => `- ${i.record}, field "${i.field}": ${i.message}`)
        .join('\n')}`,
    );
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

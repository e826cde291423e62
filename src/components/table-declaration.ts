import type { ParseKeys } from 'i18next';
import type { FacetSpec, TableSpec } from '../domain/row-index';

/*
 * The type of a feature's table declaration, apart from the hook so a declaration (and the
 * benchmark that imports one) needs no DOM or React types.
 */

/** A table declared by a feature: facet labels are i18n keys, translated where the filter is drawn. */
export type TableDeclaration<R> = TableSpec<R, ParseKeys>;

export type FacetDeclaration<R> = FacetSpec<R, ParseKeys>;

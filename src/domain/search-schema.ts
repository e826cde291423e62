/*
 * How every page reads its part of the address. A page declares a schema (key → field); the
 * rules that follow are the same for all, so a notice reads alike whichever page wrote it:
 * - only the first occurrence of a key counts, and every repeat is reported;
 * - a value (or one id of a list) that is not understood is dropped and reported, clipped;
 * - nothing throws, whatever an address holds: addresses are pasted, edited and shared;
 * - keys outside the schema are left alone, because another part of the page owns them.
 * Here and in the parsers built on it, keys and values from the address are only compared or
 * looked up in a Map, Set or array, and `values` has no prototype: so `__proto__` or
 * `constructor` is just another unknown string, never a way into Object.prototype.
 */

export interface IgnoredParam {
  key: string;
  value: string;
}

/** Enough of a value to recognise it in the notice, not a whole pasted page. */
export const MAX_SHOWN = 60;

export function clip(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

export type FieldKind = 'oneOf' | 'idList' | 'boundedInt' | 'text';

export interface Field<T> {
  readonly kind: FieldKind;
  /** The first value of the key: what is kept of it, and each part of it that is not. */
  read(raw: string): { value: T | undefined; dropped: readonly string[] };
  /** The value as the address spells it, or undefined for the default, which is left out. */
  write(value: T): string | undefined;
}

/** Key → field, in the order their problems are reported. */
export type Schema = Readonly<Record<string, Field<unknown>>>;

export type SearchValues<S extends Schema> = {
  -readonly [K in keyof S]?: S[K] extends Field<infer T> ? T : never;
};

export interface SearchResult<S extends Schema> {
  values: SearchValues<S>;
  ignored: IgnoredParam[];
}

/** A page's schema with its reading, so every route's parameters can be listed and tested alike. */
export interface SearchParser<S extends Schema = Schema> {
  readonly schema: S;
  parse(params: URLSearchParams): SearchResult<S>;
}

/** One of a fixed set of values; `normalise` decides what counts as the same value (case, spaces). */
export function oneOf<T extends string>(
  allowed: readonly T[],
  normalise: (raw: string) => string = (raw) => raw,
): Field<T> {
  return {
    kind: 'oneOf',
    read(raw) {
      const wanted = normalise(raw);
      const value = allowed.find((a) => a === wanted);
      return value === undefined ? { value: undefined, dropped: [raw] } : { value, dropped: [] };
    },
    write: (value) => value,
  };
}

/**
 * A comma list of ids, each looked up by `resolve`, kept in the address's order. Unknown ids
 * and ids that resolve to one already kept are reported: a list that names a thing twice was
 * not written by the page, and the reader should learn what was not used. Empty entries
 * (`a,,b`, a trailing comma) name nothing and are skipped. Written back as `idOf` of each, in
 * the list's order; an empty list is left out.
 */
export function idList<T>(
  resolve: (id: string) => T | undefined,
  idOf: (item: T) => string = (item) => String(item),
): Field<T[]> {
  return {
    kind: 'idList',
    read(raw) {
      const value: T[] = [];
      const seen = new Set<T>();
      const dropped: string[] = [];
      for (const part of raw.split(',')) {
        const id = part.trim();
        if (!id) continue;
        const hit = resolve(id);
        if (hit === undefined || seen.has(hit)) {
          dropped.push(id);
          continue;
        }
        seen.add(hit);
        value.push(hit);
      }
      return { value, dropped };
    },
    write: (value) => (value.length > 0 ? value.map(idOf).join(',') : undefined),
  };
}

/**
 * A whole number from min to max written in plain digits, spaces around allowed. No sign,
 * point or exponent (-1, 1.5, 1e309 are dropped), and no more digits than max has, so a run
 * of digits never becomes a rounded or infinite number.
 */
export function boundedInt(min: number, max: number): Field<number> {
  const digits = new RegExp(`^\\s*(\\d{1,${String(max).length}})\\s*$`);
  return {
    kind: 'boundedInt',
    read(raw) {
      const match = digits.exec(raw);
      const n = match?.[1] === undefined ? Number.NaN : Number.parseInt(match[1], 10);
      return n >= min && n <= max ? { value: n, dropped: [] } : { value: undefined, dropped: [raw] };
    },
    write: (value) => String(value),
  };
}

/** Free text kept up to maxLength characters; what goes beyond is reported rather than silently cut. */
export function text(maxLength: number): Field<string> {
  return {
    kind: 'text',
    read(raw) {
      if (raw.length <= maxLength) return { value: raw, dropped: [] };
      return { value: raw.slice(0, maxLength), dropped: [raw.slice(maxLength)] };
    },
    // An empty search is no search.
    write: (value) => (value === '' ? undefined : value),
  };
}

/**
 * The schema's keys read from the address. For each key in schema order: its repeats are
 * reported, then whatever its first value could not use.
 */
export function parseSearch<S extends Schema>(params: URLSearchParams, schema: S): SearchResult<S> {
  const values = Object.create(null) as Record<string, unknown>;
  const ignored: IgnoredParam[] = [];
  for (const key of Object.keys(schema)) {
    const field = schema[key];
    const [first, ...repeats] = params.getAll(key);
    if (field === undefined || first === undefined) continue;
    for (const value of repeats) ignored.push({ key, value: clip(value) });
    const { value, dropped } = field.read(first);
    for (const part of dropped) ignored.push({ key, value: clip(part) });
    if (value !== undefined) values[key] = value;
  }
  return { values: values as SearchValues<S>, ignored };
}

/** A schema read with nothing more than parseSearch. */
export function searchParser<S extends Schema>(schema: S): SearchParser<S> {
  return { schema, parse: (params) => parseSearch(params, schema) };
}

/** Two pages' parts of one address read as one: both schemas, the first one's problems first. */
export function joinParsers<A extends Schema, B extends Schema>(
  a: SearchParser<A>,
  b: SearchParser<B>,
): SearchParser<A & B> {
  return {
    schema: { ...a.schema, ...b.schema },
    parse(params) {
      const first = a.parse(params);
      const second = b.parse(params);
      const values = Object.assign(Object.create(null) as object, first.values, second.values);
      return { values: values as SearchValues<A & B>, ignored: [...first.ignored, ...second.ignored] };
    },
  };
}

/*
 * Writing is the mirror of reading: one rule for every page, so an address has one spelling.
 * - A field's default (an empty search, no facet chosen) is left out.
 * - "grouped": the schema's keys are taken out and written back together, in schema order,
 *   after every other key. A table's view reads ?lang=en&q=net&city=yiwu&sort=name&dir=asc
 *   whatever order it was typed in.
 * - "inPlace": only the keys given change, each where it stands (URLSearchParams.set), new ones
 *   at the end: switching the language of ?lang=en&q=net gives ?lang=zh&q=net, and a slide
 *   step leaves the chosen deck exactly as it was written.
 * Keys outside the schema are kept as they are: another part of the page owns them.
 */
export type Placement = 'grouped' | 'inPlace';

export function writeSearch<S extends Schema>(
  base: URLSearchParams,
  schema: S,
  values: SearchValues<S>,
  placement: Placement,
): URLSearchParams {
  const next = new URLSearchParams(base);
  const encoded = (key: string): string | undefined => {
    const field = schema[key];
    const value = (values as Record<string, unknown>)[key];
    return field === undefined || value === undefined ? undefined : field.write(value);
  };
  if (placement === 'grouped') {
    const keys = Object.keys(schema);
    for (const key of keys) next.delete(key);
    for (const key of keys) {
      const text = encoded(key);
      if (text !== undefined) next.append(key, text);
    }
    return next;
  }
  for (const key of Object.keys(schema)) {
    if (!Object.hasOwn(values, key)) continue;
    const text = encoded(key);
    if (text === undefined) next.delete(key);
    else next.set(key, text);
  }
  return next;
}

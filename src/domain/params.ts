import { CURRENCIES, type Currency } from './figures';
import { LANGS, type Lang } from './format';

/*
 * The search parameters every page shares. Parsing never throws: a value that is not
 * understood is dropped and reported, so the page can say what it ignored.
 */

export interface GlobalParams {
  lang: Lang | undefined;
  currency: Currency | undefined;
}

export interface IgnoredParam {
  key: string;
  value: string;
}

const MAX_SHOWN = 60;

function clip(value: string): string {
  return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
}

function pick<T extends string>(allowed: readonly T[], raw: string): T | undefined {
  const v = raw.trim();
  return (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

export function parseGlobalParams(params: URLSearchParams): { params: GlobalParams; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const one = <T extends string>(
    key: string,
    allowed: readonly T[],
    normalise: (s: string) => string,
  ): T | undefined => {
    const values = params.getAll(key);
    if (values.length === 0) return undefined;
    const [first, ...rest] = values;
    rest.forEach((value) => ignored.push({ key, value: clip(value) }));
    const parsed = pick(allowed, normalise(first ?? ''));
    if (!parsed) ignored.push({ key, value: clip(first ?? '') });
    return parsed;
  };
  return {
    params: {
      lang: one('lang', LANGS, (s) => s.toLowerCase()),
      currency: one('currency', CURRENCIES, (s) => s.toUpperCase()),
    },
    ignored,
  };
}

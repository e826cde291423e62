import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { UNSAFE_NavigationContext, useLocation, useNavigate, type Location, type NavigateFunction } from 'react-router';
import { settledSearch, type IgnoredParam } from '../domain/params';
import type { Lang } from '../domain/format';
import {
  writeSearch,
  type Placement,
  type Schema,
  type SearchParser,
  type SearchValues,
} from '../domain/search-schema';
import {
  currentSearch,
  entryOf,
  historyEntry,
  ignoredOf,
  nextWriteId,
  observe,
  runOf,
  type EntryState,
  type Run,
} from './address-run';
import { addressHash, hashLocation, hashUrl } from './app-address';

/*
 * The one module that writes the address. A page declares its fields once (a SearchParser of
 * src/domain/search-schema.ts) and gets their values and a setter; the rules of writing (the
 * canonical form, what is reported, how typing and quick keys reach the address) are here,
 * the same for every page; how a write knows where it starts from is in address-run.ts.
 * Nothing else in src navigates with a search or touches history.
 */

/** How long after the last keystroke the address takes up what was typed. */
export const SEARCH_TO_ADDRESS_MS = 300;

/** Every key of the schema, each with its value or undefined: a write that covers them all. */
function everyKey<S extends Schema>(schema: S, values: SearchValues<S>): SearchValues<S> {
  const all: Record<string, unknown> = {};
  for (const key of Object.keys(schema)) all[key] = (values as Record<string, unknown>)[key];
  return all as SearchValues<S>;
}

export interface SearchStateOptions<S extends Schema> {
  /** How the fields are written among the others (src/domain/search-schema.ts); grouped by default. */
  placement?: Placement;
  /** False until the values can be judged (a facet of a list still loading): nothing is dropped before. */
  ready?: boolean;
  /** False where another part settles these keys (the language: useSettledAddress). */
  dropIgnored?: boolean;
  /** The values the address should hold, when they differ from what was read (defaults spelled out). */
  canonical?: (values: SearchValues<S>) => SearchValues<S>;
}

export interface SearchState<S extends Schema> {
  /** What the address says, with what is being typed shown ahead of it. */
  values: SearchValues<S>;
  /** What the address holds that the fields did not understand (dropped, and named in the notice). */
  ignored: readonly IgnoredParam[];
  /** The values as of the last write, which may not have been rendered yet. */
  latest: () => SearchValues<S>;
  /** Writes these fields now (`push` makes a history entry of it, as a choice of language does). */
  set: (patch: SearchValues<S>, options?: { push?: boolean }) => void;
  /** Shows these fields at once and writes them a moment after the last call (typing). */
  type: (patch: SearchValues<S>) => void;
  /** The search that set(patch) would write, for links that work before the app takes over. */
  hrefFor: (patch: SearchValues<S>) => string;
}

const NONE: readonly IgnoredParam[] = [];

/** A write not rendered yet: its search, its id and the first of its run, and the address it was made on. */
interface Ahead {
  search: string;
  id: number;
  first: number;
  at: string;
}

interface Typed<S extends Schema> {
  patch: SearchValues<S>;
  /** The key of the address it was typed on: any other address makes it obsolete. */
  at: string;
}

interface Live<S extends Schema> {
  address: Run;
  location: Location;
  navigate: NavigateFunction;
  parser: SearchParser<S>;
  placement: Placement;
  typed: Typed<S> | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * A page's fields in the address. Values that match nothing known are dropped from it, and
 * the layout's notice says which. Typing does not write the address on every key: that
 * re-rendered the whole page shell per keystroke (npm run bench); what was typed is shown
 * until the address catches up, and any other change of the address (navigation, back) makes
 * it obsolete and drops a pending write. The setters keep their identity across renders.
 */
export function useSearchState<S extends Schema>(
  parser: SearchParser<S>,
  { placement = 'grouped', ready = true, dropIgnored = true, canonical }: SearchStateOptions<S> = {},
): SearchState<S> {
  const location = useLocation();
  const navigate = useNavigate();
  const address = runOf(useContext(UNSAFE_NavigationContext).navigator);
  const live = useRef<Live<S>>({ address, location, navigate, parser, placement, typed: undefined, timer: undefined });
  useLayoutEffect(() => {
    observe(address, location);
    Object.assign(live.current, { address, location });
  }, [address, location]);
  useLayoutEffect(() => {
    Object.assign(live.current, { navigate, parser, placement });
  }, [navigate, parser, placement]);
  useEffect(() => () => clearTimeout(live.current.timer), []);

  // A write shows at once, before the router renders it (a click, a key); it stays shown while
  // the address is still the one it was made on, or the echo of an earlier write of the same run.
  const [ahead, setAhead] = useState<Ahead | undefined>(undefined);
  const echo = entryOf(location.state).write;
  const aheadShown =
    ahead !== undefined &&
    (ahead.at === location.key || (echo !== undefined && echo >= ahead.first && echo < ahead.id));
  const shownSearch = aheadShown ? ahead.search : location.search;
  const parsed = useMemo(() => parser.parse(new URLSearchParams(shownSearch)), [parser, shownSearch]);
  const ignored = aheadShown ? NONE : parsed.ignored;
  const [typed, setTyped] = useState<Typed<S> | undefined>(undefined);
  const values = useMemo(
    () => (typed && typed.at === location.key ? { ...parsed.values, ...typed.patch } : parsed.values),
    [typed, location.key, parsed],
  );

  useEffect(() => {
    if (!dropIgnored || !ready || ignored.length === 0) return;
    const clean = canonical ? canonical(parsed.values) : parsed.values;
    const search = writeSearch(
      new URLSearchParams(location.search),
      parser.schema,
      everyKey(parser.schema, clean),
      placement,
    );
    const state: EntryState = { ignored: [...ignoredOf(location.state), ...ignored] };
    void navigate({ pathname: location.pathname, search: `?${search}`, hash: location.hash }, { replace: true, state });
  }, [dropIgnored, ready, ignored, parsed, canonical, parser, placement, location, navigate]);

  /** The search a write of `patch` gives, from `base`; a pending typed value goes with it. */
  const compose = useCallback((base: URLSearchParams, patch: SearchValues<S>): URLSearchParams => {
    const r = live.current;
    const typedNow = r.typed && r.typed.at === r.location.key ? r.typed.patch : {};
    const given = { ...typedNow, ...patch };
    const full = r.placement === 'grouped' ? { ...r.parser.parse(base).values, ...given } : given;
    return writeSearch(base, r.parser.schema, full, r.placement);
  }, []);

  /** Writes now; `show` shows the write before the router renders it (not needed for typing, already shown). */
  const write = useCallback(
    (patch: SearchValues<S>, push: boolean, show: boolean) => {
      const r = live.current;
      clearTimeout(r.timer);
      const { address } = r;
      const search = `?${compose(currentSearch(address, r.location), patch)}`;
      r.typed = undefined;
      const id = nextWriteId();
      address.pending.push(id);
      address.written = search;
      if (show) {
        setTyped(undefined);
        setAhead({ search, id, first: address.pending[0] ?? id, at: r.location.key });
      }
      const state: EntryState = { write: id };
      void r.navigate({ search }, { replace: !push, preventScrollReset: true, state });
    },
    [compose],
  );
  const set = useCallback(
    (patch: SearchValues<S>, options: { push?: boolean } = {}) => write(patch, options.push === true, true),
    [write],
  );

  const type = useCallback(
    (patch: SearchValues<S>) => {
      const r = live.current;
      const at = r.location.key;
      r.typed = { patch, at };
      setTyped(r.typed);
      clearTimeout(r.timer);
      // A write that comes due after a link was followed (the browser's entry has changed even
      // if React has not rendered it yet) or after the address moved would put the old value back.
      const typedAt = historyEntry();
      r.timer = setTimeout(() => {
        if (live.current.location.key === at && historyEntry() === typedAt) write({}, false, false);
      }, SEARCH_TO_ADDRESS_MS);
    },
    [write],
  );

  const latest = useCallback((): SearchValues<S> => {
    const r = live.current;
    const typedNow = r.typed && r.typed.at === r.location.key ? r.typed.patch : {};
    return { ...r.parser.parse(currentSearch(r.address, r.location)).values, ...typedNow };
  }, []);

  const hrefFor = useCallback(
    (patch: SearchValues<S>) => {
      const search = `?${compose(new URLSearchParams(location.search), patch)}`;
      // Where routes are the hash, a bare query would leave the page: the href carries the path.
      return __SINGLE_FILE__ ? addressHash({ pathname: hashLocation().pathname, search }) : search;
    },
    [compose, location.search],
  );

  return { values, ignored, latest, set, type, hrefFor };
}

/**
 * Keeps the address settled: the language written in (so a copied link reopens the same
 * view), the currency after it, values not understood dropped and named in the notice.
 */
export function useSettledAddress(lang: Lang): void {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const settled = settledSearch(new URLSearchParams(location.search), lang);
    if (!settled) return;
    const state: EntryState = { ignored: [...ignoredOf(location.state), ...settled.ignored] };
    void navigate(
      { pathname: location.pathname, search: `?${settled.search}`, hash: location.hash },
      { replace: true, state },
    );
  }, [location, lang, navigate]);
}

/** What the address's notice names, and how to dismiss it (the address itself stays). */
export function useAddressNotice(): { ignored: IgnoredParam[]; dismiss: () => void } {
  const location = useLocation();
  const navigate = useNavigate();
  const dismiss = useCallback(
    () => void navigate({ ...location }, { replace: true, state: null }),
    [location, navigate],
  );
  return { ignored: ignoredOf(location.state), dismiss };
}

/**
 * The settled address written before the first render, while there is no router yet: the
 * prerendered links already carry the language, so hydration matches them and the page is
 * not rendered a second time (on a slow phone 100 ms or more) just for that. An address with
 * values to report is left to useSettledAddress, which names them.
 */
export function settleAddressBeforeRender(lang: Lang): void {
  const settled = settledSearch(
    new URLSearchParams(__SINGLE_FILE__ ? hashLocation().search : window.location.search),
    lang,
  );
  if (!settled || settled.ignored.length > 0) return;
  if (__SINGLE_FILE__) {
    window.history.replaceState(window.history.state, '', hashUrl({ search: settled.search.toString() }));
    return;
  }
  const url = new URL(window.location.href);
  url.search = settled.search.toString();
  window.history.replaceState(window.history.state, '', url);
}

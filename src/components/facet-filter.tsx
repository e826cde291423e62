import type { FacetValue } from '../domain/exporter-rows';
import type { Lang } from '../domain/format';
import { useTakeoverMark } from './use-hydrated';
import './facet-filter.css';

interface FacetFilterProps {
  legend: string;
  values: readonly FacetValue[];
  chosen: ReadonlySet<string>;
  counts: ReadonlyMap<string, number>;
  lang: Lang;
  onChange: (next: Set<string>) => void;
}

/** A multi-select facet: checkboxes with the number of rows each would show. */
export function FacetFilter({ legend, values, chosen, counts, lang, onChange }: FacetFilterProps) {
  // A box ticked on the prerendered page before the app runs would be lost: wait for it.
  const waiting = useTakeoverMark();
  return (
    <fieldset className="facet" {...waiting}>
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__list">
        {values.map((v) => {
          const count = counts.get(v.key) ?? 0;
          const checked = chosen.has(v.key);
          return (
            <li key={v.key}>
              <label className={count === 0 && !checked ? 'facet__option facet__option--empty' : 'facet__option'}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => {
                    const next = new Set(chosen);
                    if (checked) next.delete(v.key);
                    else next.add(v.key);
                    onChange(next);
                  }}
                />
                <span>{v.label[lang]}</span>
                <span className="facet__count">{count}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

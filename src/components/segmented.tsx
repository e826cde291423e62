import { useEffect, useId, useRef } from 'react';
import './segmented.css';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  /** Language of the label when it differs from the page's ("中文" on an English page). */
  lang?: string;
}

interface SegmentedProps<T extends string> {
  label: string;
  options: readonly SegmentedOption<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A radio group drawn as joined buttons: arrow keys move between options, as in any radio group. */
export function Segmented<T extends string>({ label, options, value, onChange }: SegmentedProps<T>) {
  const name = useId();
  const group = useRef<HTMLFieldSetElement>(null);
  // A choice made on the prerendered page before the app took over is in the DOM only:
  // honour it once, instead of silently reverting it.
  useEffect(() => {
    const chosen = group.current?.querySelector<HTMLInputElement>('input:checked')?.value;
    const option = options.find((o) => o.value === chosen);
    if (option && option.value !== value) onChange(option.value);
    // Only on mount: later changes go through onChange as usual.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <fieldset className="segmented" ref={group}>
      <legend className="segmented__legend">{label}</legend>
      <div className="segmented__options">
        {options.map((o) => (
          <label key={o.value} className="segmented__option" lang={o.lang}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

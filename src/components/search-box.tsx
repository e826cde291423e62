import type { Ref } from 'react';
import { useTakeoverMark } from './use-hydrated';
import './search-box.css';

interface SearchBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/** The search field of a filterable table, with its visible label. */
export function SearchBox({ label, value, onChange, inputRef }: SearchBoxProps) {
  // Typing into the prerendered page before the app runs would be lost: wait for it.
  const waiting = useTakeoverMark();
  return (
    <label className="search-box">
      <span className="search-box__label">{label}</span>
      <input
        ref={inputRef}
        type="search"
        value={value}
        {...waiting}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    </label>
  );
}

import type { ChartCategory } from './chart-types';

/**
 * One hatch pattern per column, in its colour: derived bars are filled with it, so they are
 * told from stated ones by their texture as well as by their label, not by colour alone.
 */
export function Patterns({ id, categories }: { id: string; categories: readonly ChartCategory[] }) {
  return (
    <defs>
      {categories.map((c) => (
        <pattern
          key={c.key}
          id={`${id}-hatch-${c.key}`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="var(--surface)" />
          <rect width="3" height="6" fill={c.colour} />
        </pattern>
      ))}
    </defs>
  );
}

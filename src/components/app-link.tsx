import type { ComponentProps } from 'react';
import { Link, NavLink, useLocation } from 'react-router';

const KEPT = ['lang', 'currency'] as const;

/** A path with the language and currency of the current address, so they survive navigation. */
export function useKeptSearch(): string {
  const { search } = useLocation();
  const current = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of KEPT) {
    const value = current.get(key);
    if (value) kept.set(key, value);
  }
  const s = kept.toString();
  return s ? `?${s}` : '';
}

function withSearch(to: string, search: string): string {
  const hashAt = to.indexOf('#');
  const path = hashAt === -1 ? to : to.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : to.slice(hashAt);
  return `${path}${search}${hash}`;
}

type LinkProps = Omit<ComponentProps<typeof Link>, 'to'> & { to: string };

export function AppLink({ to, ...rest }: LinkProps) {
  return <Link to={withSearch(to, useKeptSearch())} {...rest} />;
}

type NavProps = Omit<ComponentProps<typeof NavLink>, 'to'> & { to: string };

export function AppNavLink({ to, ...rest }: NavProps) {
  return <NavLink to={withSearch(to, useKeptSearch())} {...rest} />;
}

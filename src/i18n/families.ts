import type { Formatters } from './format';

/** A message as the domain returns it: a stable code and the figures every language says it from. */
export interface Coded {
  code: string;
  params: object;
}

/**
 * The catalogue entries of a family: one per code of the union `U`, under `prefix.code`, taking
 * exactly that member's params (with `Base`: what every member shares, such as a row's place). A catalogue object `satisfies` it, so a code added to the domain's
 * union without an entry, or an entry whose parameters the domain does not give, fails `tsc`.
 */
export type Entries<Prefix extends string, U extends Coded, Base = unknown> = {
  [M in U as `${Prefix}.${M['code']}`]: (p: Base & M['params'], f: Formatters) => string;
};

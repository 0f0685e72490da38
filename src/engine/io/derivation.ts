// Derived figures: values the reports imply but do not state, recomputed from their rule so a
// test (and a user) can check every one.
import type { Derivation, DerivationMethod } from './observation-schema.ts';

export function applyDerivationMethod(method: DerivationMethod, base: number, by: number): number {
  switch (method) {
    case 'subtract':
      return base - by;
    case 'add':
      return base + by;
    case 'divide-by-percent':
      return base / (by / 100);
    case 'divide-by-growth':
      return base / (1 + by / 100);
  }
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** The value a derivation yields from its base value, rounded as the rule says. */
export function deriveValue(derivation: Derivation, baseValue: number): number {
  return roundTo(applyDerivationMethod(derivation.method, baseValue, derivation.by), derivation.decimals);
}

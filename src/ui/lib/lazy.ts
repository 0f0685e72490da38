// Components left out of the first load (LazyComponent.svelte renders either kind).
import type { Component } from 'svelte';

/** A component loaded the first time it is shown: `{ load: () => import('./X.svelte') }`, kept in a module-level constant. */
export type Lazy<P extends Record<string, any>> = { load: () => Promise<{ default: Component<P> }> };

const loaded = new WeakMap<Lazy<any>, Component<any>>();

/** The component itself, at once when it is in the first load or has loaded, else a promise of it (a failed load is tried again next time). */
export function resolveComponent<P extends Record<string, any>>(component: Component<P> | Lazy<P>): Component<P> | Promise<Component<P>> {
  if (typeof component === 'function') return component;
  return (
    loaded.get(component) ??
    component.load().then(({ default: shown }) => {
      loaded.set(component, shown);
      return shown;
    })
  );
}

import { flushSync } from 'svelte';

/**
 * Creates something that owns effects (a state class with live queries) inside an `$effect.root`, as a
 * component would during initialisation; returns it with the function that ends the root.
 */
export function createInRoot<T>(create: () => T): { value: T; end: () => void } {
  let value: T | undefined;
  let made = false;
  const end = $effect.root(() => {
    value = create();
    made = true;
  });
  flushSync();
  if (!made) throw new Error('nothing was created inside the effect root');
  return { value: value as T, end };
}

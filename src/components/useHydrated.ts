import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
const isClient = () => true;
const isServer = () => false;

/**
 * False while the build prerenders and while the page hydrates (the server snapshot),
 * true once the page is the client's. A lazy component in the prerendered markup would
 * make React give up its boundary at hydration and report it: render its stand-in
 * until this is true.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, isClient, isServer);
}

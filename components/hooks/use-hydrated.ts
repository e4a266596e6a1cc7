"use client";
// Whether the page has been hydrated, i.e. JavaScript runs: enhancements that need it (autosave, copy, image
// download) render only then. False on the server and in the hydration pass, true after; no effect, no re-render
// cascade.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

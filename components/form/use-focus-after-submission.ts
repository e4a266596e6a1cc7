"use client";
// After a post, focus goes to what the form says about it (its error summary, alert or confirmation), so that a
// keyboard or screen reader user starts there rather than at the top of the page. With JavaScript the effect does
// it after each submission; without JavaScript the page the form posted to comes back with `autofocus` on it.
import { useEffect, useRef } from "react";

export function useFocusAfterSubmission<Element extends HTMLElement>(submission: number) {
  const ref = useRef<Element>(null);
  useEffect(() => {
    if (submission > 0) ref.current?.focus();
  }, [submission]);
  return ref;
}

"use client";

import { useLayoutEffect, useRef } from "react";

/**
 * A ref that always holds the latest committed value, for callbacks that must
 * stay stable (timers, listeners) yet read current props. Written after each
 * commit, never during render.
 */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

"use client";

import { createContext, useContext } from "react";

/** Errors by field path (the input's path), from the form check or the server's 422. */
export const FieldErrorsContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useFieldError(path: string): string | undefined {
  return useContext(FieldErrorsContext).get(path);
}

"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

import { unfinishedStatuses } from "@/lib/action-items/overdue";
import type { ActionItemData } from "@/lib/validations/postmortem";

import { OverdueBadge } from "./action-item-badges";

type Status = ActionItemData["status"];

interface State {
  /** the version each postmortem on the page is at: a status change bumps it for all its rows */
  versionOf: (slug: string) => number;
  statusOf: (slug: string, position: number) => Status | undefined;
  changed: (slug: string, version: number, position?: number, status?: Status) => void;
}

const ActionItemsContext = createContext<State | null>(null);

/** What the rows of /action-items share once one of them has changed: versions and statuses. */
export function ActionItemsState({ versions, children }: { versions: Record<string, number>; children: ReactNode }) {
  const [known, setKnown] = useState(versions);
  const [statuses, setStatuses] = useState<Record<string, Status>>({});
  const changed = useCallback((slug: string, version: number, position?: number, status?: Status) => {
    setKnown((current) => ({ ...current, [slug]: Math.max(current[slug] ?? 0, version) }));
    if (position !== undefined && status) setStatuses((current) => ({ ...current, [`${slug}:${position}`]: status }));
  }, []);
  const value = useMemo<State>(
    () => ({
      versionOf: (slug) => known[slug] ?? versions[slug] ?? 1,
      statusOf: (slug, position) => statuses[`${slug}:${position}`],
      changed,
    }),
    [known, versions, statuses, changed],
  );
  return <ActionItemsContext.Provider value={value}>{children}</ActionItemsContext.Provider>;
}

export function useActionItemsState(): State {
  const state = useContext(ActionItemsContext);
  if (!state) throw new Error("useActionItemsState outside ActionItemsState");
  return state;
}

/** "Overdue" as the server found it, gone once the row's status is changed to done or won't do. */
export function OverdueFlag({ slug, position, overdue }: { slug: string; position: number; overdue: boolean }) {
  const status = useActionItemsState().statusOf(slug, position);
  const still = overdue && (status === undefined || (unfinishedStatuses as readonly string[]).includes(status));
  return still ? <OverdueBadge /> : null;
}

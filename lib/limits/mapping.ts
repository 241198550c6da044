import type { Prisma } from "@/lib/generated/prisma/client";
import type { LimitData } from "@/lib/validations/limit";

const opt = <T>(value: T | null): T | undefined => value ?? undefined;

export function limitToData(l: Prisma.LimitGetPayload<object>): LimitData {
  return {
    id: l.id,
    provider: l.provider,
    resource: l.resource,
    name: l.name,
    defaultValue: opt(l.defaultValue),
    unit: opt(l.unit),
    adjustable: opt(l.adjustable),
    docUrl: opt(l.docUrl),
    description: l.description,
  };
}

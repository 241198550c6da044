/**
 * Every field a search document indexes: its weight (A counts most in
 * ranking) and the label shown in "why it matched". Key fields also go into
 * the small key vector searched first.
 */
export type Weight = "A" | "B" | "C" | "D";

export const searchFields = {
  title: { label: "title", weight: "A", key: true },
  name: { label: "name", weight: "A", key: true },
  signature: { label: "signature", weight: "A", key: true },
  summary: { label: "summary", weight: "B", key: false },
  rootCause: { label: "root cause", weight: "B", key: false },
  environment: { label: "environment", weight: "B", key: true },
  components: { label: "components", weight: "B", key: true },
  tags: { label: "tags", weight: "B", key: true },
  pattern: { label: "failure pattern", weight: "B", key: true },
  limit: { label: "limit", weight: "B", key: true },
  detectionSignals: { label: "how to recognise it", weight: "B", key: false },
  resource: { label: "resource", weight: "B", key: true },
  trigger: { label: "trigger", weight: "C", key: false },
  impact: { label: "impact", weight: "C", key: false },
  timeline: { label: "timeline", weight: "C", key: false },
  detection: { label: "detection", weight: "C", key: false },
  resolution: { label: "resolution", weight: "C", key: false },
  factor: { label: "contributing factor", weight: "C", key: false },
  signatureNote: { label: "signature source", weight: "C", key: false },
  patternNote: { label: "pattern note", weight: "C", key: false },
  mechanism: { label: "mechanism", weight: "C", key: false },
  mitigations: { label: "mitigations", weight: "C", key: false },
  description: { label: "description", weight: "C", key: false },
  command: { label: "command", weight: "C", key: false },
  wentWell: { label: "what went well", weight: "D", key: false },
  wentWrong: { label: "what went wrong", weight: "D", key: false },
  gotLucky: { label: "where we got lucky", weight: "D", key: false },
  limitNote: { label: "limit note", weight: "D", key: false },
  diagram: { label: "diagram caption", weight: "D", key: false },
  actionItem: { label: "action item", weight: "D", key: false },
  reference: { label: "reference", weight: "D", key: false },
  prevention: { label: "prevention", weight: "D", key: false },
  value: { label: "default value", weight: "D", key: false },
} as const satisfies Record<string, { label: string; weight: Weight; key: boolean }>;

export type SearchField = keyof typeof searchFields;

export function fieldLabel(field: string): string {
  return field in searchFields ? searchFields[field as SearchField].label : field;
}

export function fieldWeight(field: string): Weight {
  return field in searchFields ? searchFields[field as SearchField].weight : "D";
}

// A seeded, deterministic synthetic corpus of postmortems for bench/search.ts:
// incident families with their own error signatures (some Chinese console
// messages), timelines, components and patterns, varied by service, numbers,
// addresses, pod names and years so that no two documents are the same.
import { families, genericFactors, genericLessons, genericTimeline, services, type Family } from "./families";

export interface SyntheticPostmortem {
  id: string;
  slug: string;
  title: string;
  summary: string;
  status: "draft" | "in_review" | "published";
  severity: "SEV1" | "SEV2" | "SEV3" | "SEV4";
  impact: string;
  startedAt: Date;
  timeZone: string;
  cloudProvider: string;
  region: string;
  platform: string;
  components: string[];
  trigger: string;
  rootCause: string;
  detection: string;
  resolution: string;
  wentWell: string;
  wentWrong: string;
  gotLucky: string;
  timeline: Array<{ at: Date; kind: string; description: string }>;
  factors: Array<{ kind: string; text: string }>;
  actionItems: string[];
  signatures: Array<{ text: string; source: string }>;
  diagramCaption: string;
  patterns: string[];
  limits: string[];
  tags: string[];
  family: string;
}

/** mulberry32: small, fast and good enough for test data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  constructor(readonly next: () => number) {}
  int(min: number, max: number) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    for (let n = Math.min(this.int(min, max), pool.length); n > 0; n--)
      out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  hex(length: number) {
    return Array.from({ length }, () => "0123456789abcdef"[Math.floor(this.next() * 16)]).join("");
  }
  uuid() {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${"89ab"[this.int(0, 3)]}${this.hex(3)}-${this.hex(12)}`;
  }
  podHash() {
    const alphabet = "bcdfghjklmnpqrstvwxz2456789";
    const pick = (n: number) =>
      Array.from({ length: n }, () => alphabet[Math.floor(this.next() * alphabet.length)]).join("");
    return `${this.int(5, 9)}${pick(8)}-${pick(4)}${this.int(2, 9)}`;
  }
}

/** Fills {placeholders} in a template with values that differ per document. */
export function fill(template: string, rng: Rng, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case "ip":
        return `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      case "port":
        return String(rng.pick([80, 443, 8080, 8443, 9090, 10250, 30080, 3306, 5432, 6379]));
      case "pid":
        return String(rng.int(1000, 65000));
      case "num":
        return String(rng.int(1_000_000, 4_000_000_000));
      case "small":
        return String(rng.int(2, 99));
      case "uuid":
        return rng.uuid();
      case "hex":
        return rng.hex(16);
      case "pod":
        return `${vars.service}-${rng.podHash()}`;
      case "iso":
        return new Date(
          Date.UTC(rng.int(2019, 2026), rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)),
        ).toISOString();
      default:
        return vars[name] ?? name;
    }
  });
}

const severities = ["SEV1", "SEV2", "SEV2", "SEV3", "SEV3", "SEV3", "SEV4"] as const;
const zones = ["Asia/Shanghai", "UTC", "Europe/Berlin", "America/New_York", "Asia/Singapore"];
const teams = ["platform", "payments", "search", "core infrastructure", "edge", "data", "mobile backend", "growth"];

export function* generateCorpus(size: number, seed = 20261121): Generator<SyntheticPostmortem> {
  const rng = new Rng(random(seed));
  for (let i = 0; i < size; i++) yield makePostmortem(rng, i, rng.pick(families));
}

function makePostmortem(rng: Rng, index: number, family: Family): SyntheticPostmortem {
  const service = rng.pick(services);
  const team = rng.pick(teams);
  const vars = {
    service,
    team,
    ns: rng.pick(["prod", "production", "default", "payments", "edge"]),
    region: rng.pick(family.regions),
  };
  const f = (template: string) => fill(template, rng, vars);
  const startedAt = new Date(
    Date.UTC(rng.int(2019, 2026), rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)),
  );
  const minutes = rng.int(12, 300);
  const familyEvents = [
    ...family.triggers,
    ...family.detections,
    ...family.rootCauses.map((r) => `Investigation found: ${r}`),
    ...family.signatures.map((s) => `The ${s.source} showed ${s.text}`),
  ];
  const timeline = [...rng.some(familyEvents, 3, 5), ...rng.some(genericTimeline, 2, 3)].map((description, n) => ({
    at: new Date(startedAt.getTime() + Math.round((minutes * n) / 6) * 60_000),
    kind: n === 0 ? "trigger" : n === 1 ? "detection" : rng.pick(["diagnosis", "action", "escalation", "observation"]),
    description: f(description),
  }));
  timeline.push({
    at: new Date(startedAt.getTime() + minutes * 60_000),
    kind: "mitigation",
    description: f(rng.pick(family.mitigations)),
  });
  const r = rng.next();
  return {
    id: rng.uuid(),
    slug: `${family.key}-${service}-${index}`,
    title: f(rng.pick(family.titles)),
    summary: f(`${rng.pick(family.summaries)} ${rng.pick(family.summaries)}`),
    status: r < 0.9 ? "published" : r < 0.97 ? "draft" : "in_review",
    severity: rng.pick(severities),
    impact: f(
      `${rng.pick(family.impacts)} The outage lasted ${minutes} minutes for the ${service} service of the ${team} team.`,
    ),
    startedAt,
    timeZone: rng.pick(zones),
    cloudProvider: family.provider(rng),
    region: vars.region,
    platform: rng.pick(family.platforms),
    components: rng.some(family.components, 3, 6),
    trigger: f(rng.pick(family.triggers)),
    rootCause: f(rng.some(family.rootCauses, 2, 3).join(" ")),
    detection: f(rng.pick(family.detections)),
    resolution: f(rng.pick(family.mitigations)),
    wentWell: f(rng.pick(genericLessons.well)),
    wentWrong: f(`${rng.pick(genericLessons.wrong)} ${rng.pick(family.lessons)}`),
    gotLucky: f(rng.pick(genericLessons.lucky)),
    timeline,
    factors: rng.some([...family.factors, ...genericFactors], 3, 5).map((text) => ({
      kind: rng.pick(["technical", "process", "capacity", "monitoring", "external", "human"]),
      text: f(text),
    })),
    actionItems: rng.some(family.actions, 2, 4).map(f),
    signatures: rng.some(family.signatures, 2, 4).map((s) => ({ text: f(s.text), source: s.source })),
    diagramCaption: f(rng.pick(family.diagrams)),
    patterns: rng.some(family.patterns, 1, family.patterns.length),
    limits: rng.some(family.limits, 0, family.limits.length),
    tags: [
      ...new Set([
        ...rng.some(family.tags, 3, 5),
        rng.pick(["incident", "outage", "degradation", "postmortem-2", "customer-facing"]),
      ]),
    ],
    family: family.key,
  };
}

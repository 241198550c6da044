import type { TimelineEventKind } from "@/lib/generated/prisma/enums";

// First match wins: "Resolved" alerts mention the alert too, "rolled back the deploy" is not a deploy.
const rules: Array<[TimelineEventKind, RegExp]> = [
  ["resolution", /\b(resolv\w*|closed|all clear|fully recovered|back to normal|incident (is )?over)\b/i],
  [
    "mitigation",
    /\b(mitigat\w*|roll(ed|ing)? ?back|revert\w*|fail(ed|ing)? ?over|restor\w*|recover\w*|scaled (up|out)|raised|increased the (limit|quota)|workaround)\b/i,
  ],
  [
    "escalation",
    /\b(acknowledg\w*|ack'?d|escalat\w*|notified|paging|assigned|reassigned|declared|incident commander)\b/i,
  ],
  ["detection", /\b(trigger(ed)?|alert\w*|firing|fired|paged?|alarm\w*|detected|noticed|reported)\b/i],
  ["trigger", /\b(deploy\w*|roll(ed|ing)? ?out|released?|merged|shipped|config(uration)? change)\b/i],
  [
    "diagnosis",
    /\b(investigat\w*|looking (into|at)|root cause|identified|suspect\w*|diagnos\w*|found|seems|appears)\b/i,
  ],
];

/**
 * A first guess at an event's kind from its words, always editable. A deploy
 * before anything was detected is the likely trigger; after that, it is an
 * action (shipping the fix, say): `detectedBefore` tells which.
 */
export function guessKind(text: string, detectedBefore: boolean): TimelineEventKind {
  for (const [kind, pattern] of rules) {
    if (!pattern.test(text)) continue;
    if (kind === "trigger" && detectedBefore) return "action";
    return kind;
  }
  return "observation";
}

const BY = /\bby ((?:[A-Z][\w.'-]*|[a-z][\w.-]*@[\w.-]+)(?: [A-Z][\w.'-]*){0,3})/;

const DID =
  /^([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}) (?:added|acknowledged|resolved|closed|escalated|assigned|reassigned)\b/;

/** "Acknowledged by Jane Doe via the mobile app" and "Omar Haddad added note: ..." name who acted. */
export function actorNamedBy(text: string): string {
  return (BY.exec(text)?.[1] ?? DID.exec(text)?.[1] ?? "").replace(/[.,;:]+$/, "");
}

import { db } from "@/lib/db";
import { getLimitForEditing, listLimitRevisions } from "@/lib/limits/editing";
import { getPatternForEditing, listPatternRevisions } from "@/lib/patterns/editing";
import { getPostmortemBySlug } from "@/lib/postmortems/queries";
import { getRevision, listRevisions } from "@/lib/postmortems/revisions";
import { searchEverything } from "@/lib/search/search-everything";
import { searchParamsSchema } from "@/lib/validations/search";

// What the app reads of a postmortem, a pattern and a limit through its own query functions
// (page, history, every revision, edit forms, a search), as JSON. Imported, it reads the
// database DATABASE_URL names; run as a script, it prints that JSON, so a test can read a
// second database (a restored backup) from a fresh process:
//   node --import tsx --conditions=react-server tests/helpers/app-reads.ts '<subjects JSON>'

export interface ReadSubjects {
  postmortem: string;
  pattern: string;
  limit: string;
  query: string;
}

export async function readThroughApp(subjects: ReadSubjects): Promise<unknown> {
  const page = await getPostmortemBySlug(subjects.postmortem);
  if (!page) throw new Error(`no published postmortem "${subjects.postmortem}"`);
  const history = await listRevisions(page.id);
  const revisions = await Promise.all(history.map((r) => getRevision(page.id, r.version)));
  const search = await searchEverything(searchParamsSchema.parse({ q: subjects.query }));
  const reads = {
    page,
    history,
    revisions,
    pattern: await getPatternForEditing(subjects.pattern),
    patternHistory: await listPatternRevisions(subjects.pattern),
    limit: await getLimitForEditing(subjects.limit),
    limitHistory: await listLimitRevisions(subjects.limit),
    search: search.groups.postmortems.items.map((item) => item.slug),
  };
  return JSON.parse(JSON.stringify(reads));
}

if (process.argv[1] === import.meta.filename) {
  const subjects = JSON.parse(process.argv[2] ?? "{}") as ReadSubjects;
  try {
    process.stdout.write(JSON.stringify(await readThroughApp(subjects)));
  } finally {
    await db.$disconnect();
  }
}

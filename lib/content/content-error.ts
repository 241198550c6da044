export interface ContentProblem {
  field?: string;
  detail: string;
}

/** Problems in one content file, each located by file and field. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(
    readonly file: string,
    field: string | undefined,
    detail: string,
    more: ContentProblem[] = [],
  ) {
    const problems = [{ field, detail }, ...more];
    super(problems.map((p) => (p.field ? `${file}: ${p.field}: ${p.detail}` : `${file}: ${p.detail}`)).join("\n"));
    this.name = "ContentError";
    this.problems = problems;
  }
}

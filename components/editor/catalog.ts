/** The catalogs the editor picks from, loaded by the server page. */
export interface LimitOption {
  id: string;
  provider: string;
  resource: string;
  name: string;
  defaultValue: string | null;
  unit: string | null;
}

export interface PatternOption {
  slug: string;
  name: string;
  summary: string;
}

export interface EditorCatalog {
  limits: LimitOption[];
  patterns: PatternOption[];
  /** IANA zones as the server knows them, so server and browser render the same list */
  timeZones: string[];
}

// A person-name span found by the scanner.

export interface NameHit {
  start: number;
  end: number;
  confidence: number;
  reason: string;
  /** Starts with a known given name that is not also a family name (lists of these are lists of people). */
  given?: boolean;
}

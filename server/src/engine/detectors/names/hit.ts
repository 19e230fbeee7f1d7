// A person-name span found by the scanner.

export interface NameHit {
  start: number;
  end: number;
  confidence: number;
  reason: string;
  /** Starts with a known given name that is not also a family name (lists of these are lists of people). */
  given?: boolean;
  /** The hit is all of the text (an answer such as "Marisol Quenneville", or a title, value or synonym). */
  wholeText?: boolean;
}

// Shared shapes of the eval harness.

/** A gold span in the document text (0-based, end-exclusive, UTF-16 = code points for these corpora). */
export interface GoldSpan {
  start: number;
  end: number;
  /** The corpus' own label, e.g. STREET_ADDRESS, HCPName. */
  label: string;
}

export interface EvalDoc {
  id: string;
  text: string;
  gold: GoldSpan[];
}

export interface Corpus {
  name: string;
  docs: EvalDoc[];
  /** Maps a corpus label to our eval class, or null when the label is out of scope (neither TP nor FN). */
  classOf(label: string): string | null;
  /** True for corpora without labels where only the flag rate is measured (banking77). */
  negativesOnly?: boolean;
}

/** A prediction: a finding of the engine, in document offsets. */
export interface Prediction {
  start: number;
  end: number;
  entity: string;
  ruleId: string;
  severity: string;
}

// Extracted texts of the large formats (JSON exports, utterance logs) as small class instances whose
// `path`, `pointer` and identity `segments` are computed on access. A 10 MB workspace holds ~200,000
// texts; building those strings and arrays up front tripled allocation and made GC dominate extraction.
//
// These are ordinary ExtractedText values for readers. Copy them with `cloneText` (or spread the result of
// `toJSON()`), not `{ ...t }`: spreading drops the computed properties.
import type { ExtractedText, RawEncoding, Role } from '../types';
import { describeOwner, ownerName, type ActionRec, type OwnerRec } from './jsonRecords';

type Segments = ExtractedText['segments'];

abstract class LazyText implements ExtractedText {
  owner: string | undefined = undefined;
  /** Segments when the text has escapes; identity texts compute `[{ d: 0, r: rawStart }]` on access. */
  segs: Segments | null;
  private pathOverride: string | null = null;
  private pointerOverride: (string | number)[] | null = null;

  constructor(
    public text: string,
    public role: Role,
    public rawStart: number,
    public rawEnd: number,
    public encoding: RawEncoding,
    segs: Segments | null,
  ) {
    this.segs = segs;
  }

  get segments(): Segments {
    return this.segs ?? [{ d: 0, r: this.rawStart }];
  }
  set segments(v: Segments) {
    this.segs = v;
  }
  get path(): string {
    return this.pathOverride ?? this.computePath();
  }
  set path(v: string) {
    this.pathOverride = v;
  }
  get pointer(): (string | number)[] {
    return this.pointerOverride ?? this.computePointer();
  }
  set pointer(v: (string | number)[]) {
    this.pointerOverride = v;
  }
  protected abstract computePath(): string;
  protected abstract computePointer(): (string | number)[];

  /** Moves the text by `delta` raw code units (incremental re-parse). */
  shift(delta: number): void {
    this.rawStart += delta;
    this.rawEnd += delta;
    if (this.segs) for (const s of this.segs) s.r += delta;
  }

  toJSON(): ExtractedText {
    const o: ExtractedText = { text: this.text, role: this.role, path: this.path, pointer: this.pointer, rawStart: this.rawStart, rawEnd: this.rawEnd, encoding: this.encoding, segments: this.segments };
    if (this.owner !== undefined) o.owner = this.owner;
    return o;
  }
}

/** Shared by all texts of one JSON document: what readable paths need once the walk is over. */
export interface JsonDocInfo {
  phraseActions: Map<string, ActionRec> | null;
}

/** One step of a JSON pointer, shared by every text below that container. */
export class PathNode {
  constructor(
    readonly parent: PathNode | null,
    readonly key: string | number,
  ) {}
}

export class JsonText extends LazyText {
  constructor(
    text: string,
    role: Role,
    rawStart: number,
    rawEnd: number,
    segs: Segments | null,
    readonly container: PathNode | null,
    readonly key: string | number,
    readonly rec: OwnerRec | null,
    public tail: string,
    readonly tailNumber: number,
    public info: JsonDocInfo | null,
  ) {
    super(text, role, rawStart, rawEnd, 'json-string', segs);
  }
  protected computePath(): string {
    const tail = this.tailNumber >= 0 ? `${this.tail} ${this.tailNumber + 1}` : this.tail;
    if (!this.rec) return tail;
    const head = describeOwner(this.rec, this.info?.phraseActions ?? null);
    return tail ? `${head}, ${tail}` : head;
  }
  protected computePointer(): (string | number)[] {
    const out: (string | number)[] = [this.key];
    for (let n = this.container; n; n = n.parent) out.push(n.key);
    return out.reverse();
  }
  /** Settles the owner name once the whole document is known. */
  settleOwner(): void {
    const name = this.rec ? ownerName(this.rec, this.info?.phraseActions ?? null) : undefined;
    if (name) this.owner = name;
  }
}

export class LineText extends LazyText {
  constructor(text: string, rawStart: number, rawEnd: number, encoding: RawEncoding, segs: Segments | null, readonly line: number) {
    super(text, 'utterance', rawStart, rawEnd, encoding, segs);
  }
  protected computePath(): string {
    return `line ${this.line + 1}`;
  }
  protected computePointer(): (string | number)[] {
    return [this.line, 0];
  }
}

/** A plain-object copy of any extracted text (keeps computed properties). */
export function cloneText(t: ExtractedText): ExtractedText {
  const o: ExtractedText = { text: t.text, role: t.role, path: t.path, pointer: t.pointer, rawStart: t.rawStart, rawEnd: t.rawEnd, encoding: t.encoding, segments: t.segments.map((s) => ({ d: s.d, r: s.r })) };
  if (t.owner !== undefined) o.owner = t.owner;
  return o;
}

/** Moves a text by `delta` raw code units, whatever its representation. */
export function shiftText(t: ExtractedText, delta: number): void {
  if (t instanceof LazyText) {
    t.shift(delta);
    return;
  }
  t.rawStart += delta;
  t.rawEnd += delta;
  for (const s of t.segments) s.r += delta;
}

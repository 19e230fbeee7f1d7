// Extracted texts of the large formats (JSON exports, utterance logs) as small class instances that hold
// only raw offsets and references; `text` (for escape-free values), `path`, `pointer`, `owner`, identity
// `segments` and the role's constant fields are computed on access. A 20 MB log holds ~400,000 texts, all
// alive until the document is dropped: copying such survivors is what the garbage collector spent ~75% of
// extraction time on, so each text is one object of few fields and no string of its own. Escape-free text
// is a slice of the raw document taken when read (the same substring view an eager slice would keep).
//
// These are ordinary ExtractedText values for readers, and every field can still be assigned (the assigned
// value then replaces the computed one on that object). Copy them with `cloneText` (or spread the result of
// `toJSON()`), not `{ ...t }`: spreading drops the computed properties.
import type { ExtractedText, RawEncoding, Role } from '../types';
import { describeOwner, ownerName, type OwnerRec } from './jsonRecords';

type Segments = ExtractedText['segments'];
type Pointer = (string | number)[];

/** Decoded text and segments of a value that had escapes (or CSV doubled quotes). */
export interface Decoded {
  text: string;
  segments: Segments;
}

/** Gives one object a plain own value for a property that is otherwise computed. */
function setOwn(o: object, name: string, value: unknown): void {
  Object.defineProperty(o, name, { value, writable: true, enumerable: true, configurable: true });
}

function hasOwn(o: object, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, name);
}

/** Defaults shared through the prototype; assigning the property on one text shadows them. */
function protoDefaults(proto: object, values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) Object.defineProperty(proto, name, { value, writable: true, enumerable: false, configurable: true });
}

abstract class LazyText implements ExtractedText {
  declare encoding: RawEncoding;
  abstract get role(): Role;
  abstract set role(v: Role);
  abstract rawStart: number;
  abstract rawEnd: number;

  /** Decoded text and segments when the raw value has escapes, else null (the text is the raw slice). */
  protected abstract decoded(): Decoded | null;
  protected abstract rawText(): string;
  protected abstract computePath(): string;
  protected abstract computePointer(): Pointer;
  protected computeOwner(): string | undefined {
    return undefined;
  }
  /** Moves the text by `delta` raw code units into the edited document (incremental re-parse). */
  abstract shift(delta: number, target: ShiftTarget): void;

  get text(): string {
    const d = this.decoded();
    return d !== null ? d.text : this.rawText();
  }
  set text(v: string) {
    setOwn(this, 'text', v);
  }
  get segments(): Segments {
    const d = this.decoded();
    return d !== null ? d.segments : [{ d: 0, r: this.rawStart }];
  }
  set segments(v: Segments) {
    setOwn(this, 'segments', v);
  }
  get path(): string {
    return this.computePath();
  }
  set path(v: string) {
    setOwn(this, 'path', v);
  }
  get pointer(): Pointer {
    return this.computePointer();
  }
  set pointer(v: Pointer) {
    setOwn(this, 'pointer', v);
  }
  get owner(): string | undefined {
    return this.computeOwner();
  }
  set owner(v: string | undefined) {
    setOwn(this, 'owner', v);
  }

  /** Shifts the segments (decoded or assigned) by `delta`. */
  protected shiftSegments(delta: number): void {
    if (delta === 0) return;
    if (hasOwn(this, 'segments')) for (const s of this.segments) s.r += delta;
    else {
      const d = this.decoded();
      if (d !== null) for (const s of d.segments) s.r += delta;
    }
  }

  toJSON(): ExtractedText {
    const o: ExtractedText = { text: this.text, role: this.role, path: this.path, pointer: this.pointer, rawStart: this.rawStart, rawEnd: this.rawEnd, encoding: this.encoding, segments: this.segments };
    const owner = this.owner;
    if (owner !== undefined) o.owner = owner;
    return o;
  }
}

/** The edited document that texts move into on one incremental re-parse (shared by all its texts). */
export class ShiftTarget {
  private lines: LineDoc | null = null;
  constructor(readonly raw: string) {}
  lineDoc(): LineDoc {
    return (this.lines ??= new LineDoc(this.raw));
  }
}

/** Marks the document's top-level container (and the root node), which have no key in pointers. */
export const TOP = -1;

/** One step of a JSON pointer, shared by every text below that container. */
export class PathNode {
  constructor(
    /** Null only for the DocNode at the root of every chain. */
    readonly parent: PathNode | null,
    readonly key: string | number,
  ) {}
}

/** The root of a document's PathNode chains (no key of its own): holds the raw document its texts read. */
export class DocNode extends PathNode {
  constructor(public src: string) {
    super(null, TOP);
  }
}

/** The readable-path tail of each JSON role (context values build theirs from the pointer). */
const JSON_TAILS: Partial<Record<Role, string>> = {
  'skill-name': 'name', 'skill-description': 'description', 'intent-name': 'name', 'intent-description': 'description',
  'intent-example': 'example', 'action-phrase': 'phrase', counterexample: 'counterexample', 'entity-name': 'name',
  'entity-value': '', synonym: 'synonym', pattern: 'pattern', 'dialog-title': 'title', 'dialog-response': 'response',
  'step-text': 'text', 'log-output': 'output', 'action-title': 'title', 'variable-title': 'title',
  'variable-description': 'description', 'variable-value': 'initial value', 'log-input': 'input',
};

/** Pointer keys from the node `context` of a dialog node onwards: ['dialog_nodes', i, 'context', ...]. */
const CONTEXT_KEYS_FROM = 3;

/** In a TextSite: this part of the pointer differs per text and is the text's own number `n`. */
export const VARIES = -2;

/**
 * What neighbouring texts of a JSON document share: where they sit, their role and owner. All examples of
 * one intent share one site (only the element index differs), all synonyms of one value another.
 */
export class TextSite {
  constructor(
    /** The node of the container's parent (its chain ends at the DocNode, which holds the raw document). */
    readonly parent: PathNode,
    /** The container's key in `parent`: TOP for the top-level container, VARIES when it is each text's `n`. */
    readonly containerKey: string | number,
    /** The text's key in its container, or VARIES when it is each text's `n`. */
    readonly key: string | number,
    public role: Role,
    readonly rec: OwnerRec | null,
  ) {}
  /** The raw document. */
  doc(): DocNode {
    let n = this.parent;
    while (n.parent !== null) n = n.parent;
    return n as DocNode;
  }
}

/**
 * A string value of a JSON document: three fields (its site, start and own index). A closed string without
 * escapes (nearly all of them) ends at its closing quote, the first quote after its start, found when read;
 * other strings are BoundedJsonText. (One level below LazyText: a deeper class for the common case was much
 * slower to construct under tsx, whose output names every class in a static block.)
 */
export class JsonText extends LazyText {
  constructor(
    readonly site: TextSite,
    public rawStart: number,
    /** The index that differs between texts of one site (see VARIES), or -1. */
    readonly n: number,
  ) {
    super();
  }
  get rawEnd(): number {
    return this.site.doc().src.indexOf('"', this.rawStart);
  }
  set rawEnd(v: number) {
    setOwn(this, 'rawEnd', v);
  }
  /** The site's role, unless assigned on this text. */
  get role(): Role {
    return this.site.role;
  }
  set role(v: Role) {
    setOwn(this, 'role', v);
  }
  get containerKey(): string | number {
    const k = this.site.containerKey;
    return k === VARIES ? this.n : k;
  }
  get key(): string | number {
    const k = this.site.key;
    return k === VARIES ? this.n : k;
  }
  get rec(): OwnerRec | null {
    return this.site.rec;
  }
  protected decoded(): Decoded | null {
    return null;
  }
  protected rawText(): string {
    return this.site.doc().src.slice(this.rawStart, this.rawEnd);
  }
  shift(delta: number, target: ShiftTarget): void {
    this.rawStart += delta;
    if (hasOwn(this, 'rawEnd')) this.rawEnd += delta;
    this.site.doc().src = target.raw;
    this.shiftSegments(delta);
  }
  /** The 0-based number in the readable path ("example 3"), or -1. */
  private tailNumber(): number {
    switch (this.role) {
      case 'intent-example':
      case 'action-phrase':
      case 'counterexample':
        return this.containerKey as number;
      case 'synonym':
      case 'pattern':
        return this.key as number;
      default:
        return -1;
    }
  }
  private tail(): string {
    if (this.role !== 'context-value') return JSON_TAILS[this.role] ?? '';
    let s = 'context';
    const p = this.pointer;
    for (let i = CONTEXT_KEYS_FROM; i < p.length; i++) s += typeof p[i] === 'number' ? `[${p[i]}]` : `.${p[i]}`;
    return s;
  }
  protected computePath(): string {
    const n = this.tailNumber();
    const tail = n >= 0 ? `${this.tail()} ${n + 1}` : this.tail();
    const rec = this.rec;
    if (!rec) return tail;
    const head = describeOwner(rec);
    return tail ? `${head}, ${tail}` : head;
  }
  protected computePointer(): Pointer {
    const out: Pointer = [this.key];
    const ck = this.containerKey;
    if (ck !== TOP) out.push(ck);
    for (let n = this.site.parent; n.parent !== null; n = n.parent) out.push(n.key);
    return out.reverse();
  }
  protected override computeOwner(): string | undefined {
    const rec = this.rec;
    return rec ? ownerName(rec) : undefined;
  }
}

/** A JSON string value with escapes (keeps its decoded text and segments), or one left unterminated: its end is its own. */
export class BoundedJsonText extends JsonText {
  constructor(site: TextSite, rawStart: number, rawEnd: number, n: number, readonly dec: Decoded | null) {
    super(site, rawStart, n);
    setOwn(this, 'rawEnd', rawEnd);
  }
  protected override decoded(): Decoded | null {
    return this.dec;
  }
}
protoDefaults(JsonText.prototype, { encoding: 'json-string' });

/**
 * What the lines of one utterance log share: the raw document, and the line starts, found only once a
 * readable path is asked for (lines hold no line number: fewer fields per object, see the top).
 */
export class LineDoc {
  private breakEnds: Uint32Array | null = null;
  private crState = 0; // 0 = not looked yet, 1 = the document has no CR, 2 = it has one
  // The last offset lineOf answered without the table, and its line.
  private cursorOffset = 0;
  private cursorLine = 0;
  constructor(readonly raw: string) {}
  /** True when no line of the document ends in CR (most logs): a line then ends at the next LF. */
  get withoutCr(): boolean {
    if (this.crState === 0) this.crState = this.raw.indexOf('\r') < 0 ? 1 : 2;
    return this.crState === 1;
  }
  /**
   * Tells lineOf that `offset` is on physical line `line` (a reader that found its lines itself, in order): a
   * later lineOf at or after it walks on from there instead of from the last offset it answered.
   */
  knownLine(offset: number, line: number): void {
    if (offset >= this.cursorOffset) {
      this.cursorOffset = offset;
      this.cursorLine = line;
    }
  }
  /** 0-based physical line of `offset`: LF, CRLF and a lone CR each end a line. */
  lineOf(offset: number): number {
    // Findings ask in document order: walk on from the last answer (one indexOf per line, no table) when the
    // document has no CR; the table of all line ends serves other orders and CR documents.
    if (this.breakEnds === null && offset >= this.cursorOffset && this.withoutCr) {
      let line = this.cursorLine;
      for (let nl = this.raw.indexOf('\n', this.cursorOffset); nl >= 0 && nl < offset; nl = this.raw.indexOf('\n', nl + 1)) line++;
      this.cursorOffset = offset;
      this.cursorLine = line;
      return line;
    }
    const ends = (this.breakEnds ??= lineBreakEnds(this.raw));
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Offsets just after each line break of `raw`, in order. */
function lineBreakEnds(raw: string): Uint32Array {
  const ends: number[] = [];
  let lf = raw.indexOf('\n');
  let cr = raw.indexOf('\r');
  while (lf >= 0 || cr >= 0) {
    if (lf >= 0 && (cr < 0 || lf < cr)) {
      ends.push(lf + 1);
      lf = raw.indexOf('\n', lf + 1);
    } else {
      if (raw.charCodeAt(cr + 1) !== 0x0a) ends.push(cr + 1); // a CR of CRLF ends nothing by itself
      cr = raw.indexOf('\r', cr + 1);
    }
  }
  return Uint32Array.from(ends);
}

/**
 * A line of an utterance log taken whole (`.txt`): two fields. Its end is the next line break, found when
 * read (a bounded scan of the line itself).
 */
export class LineText extends LazyText {
  constructor(
    public doc: LineDoc,
    public rawStart: number,
  ) {
    super();
  }
  get rawEnd(): number {
    const raw = this.doc.raw;
    const start = this.rawStart;
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    // Read for every text, segment and finding: skip the per-character CR check when the document has none.
    if (this.doc.withoutCr) return end;
    for (let i = start; i < end; i++) if (raw.charCodeAt(i) === 0x0d) return i;
    return end;
  }
  set rawEnd(v: number) {
    setOwn(this, 'rawEnd', v);
  }
  get role(): Role {
    return 'utterance';
  }
  set role(v: Role) {
    setOwn(this, 'role', v);
  }
  get line(): number {
    return this.doc.lineOf(this.rawStart);
  }
  protected decoded(): Decoded | null {
    return null;
  }
  protected rawText(): string {
    return this.doc.raw.slice(this.rawStart, this.rawEnd);
  }
  protected computePath(): string {
    return `line ${this.line + 1}`;
  }
  protected computePointer(): Pointer {
    return [this.line, 0];
  }
  shift(delta: number, target: ShiftTarget): void {
    this.rawStart += delta;
    if (hasOwn(this, 'rawEnd')) this.rawEnd += delta;
    this.doc = target.lineDoc();
    this.shiftSegments(delta);
  }
}
protoDefaults(LineText.prototype, { encoding: 'plain' });

/** An unquoted line of a one-column CSV utterance log. */
export class CsvLineText extends LineText {}
protoDefaults(CsvLineText.prototype, { encoding: 'csv-unquoted' });

/** A quoted cell of a one-column CSV utterance log (may span lines, may hold doubled quotes). */
export class QuotedLineText extends LazyText {
  constructor(
    public doc: LineDoc,
    public rawStart: number,
    public rawEnd: number,
    readonly dec: Decoded | null,
  ) {
    super();
  }
  get role(): Role {
    return 'utterance';
  }
  set role(v: Role) {
    setOwn(this, 'role', v);
  }
  protected decoded(): Decoded | null {
    return this.dec;
  }
  protected rawText(): string {
    return this.doc.raw.slice(this.rawStart, this.rawEnd);
  }
  protected computePath(): string {
    return `line ${this.doc.lineOf(this.rawStart) + 1}`;
  }
  protected computePointer(): Pointer {
    return [this.doc.lineOf(this.rawStart), 0];
  }
  shift(delta: number, target: ShiftTarget): void {
    this.rawStart += delta;
    this.rawEnd += delta;
    this.doc = target.lineDoc();
    this.shiftSegments(delta);
  }
}
protoDefaults(QuotedLineText.prototype, { encoding: 'csv-quoted' });

/** A plain-object copy of any extracted text (keeps computed properties). */
export function cloneText(t: ExtractedText): ExtractedText {
  const o: ExtractedText = { text: t.text, role: t.role, path: t.path, pointer: t.pointer, rawStart: t.rawStart, rawEnd: t.rawEnd, encoding: t.encoding, segments: t.segments.map((s) => ({ d: s.d, r: s.r })) };
  if (t.owner !== undefined) o.owner = t.owner;
  return o;
}

/** Moves a text by `delta` raw code units, whatever its representation, into the edited document. */
export function shiftText(t: ExtractedText, delta: number, target: ShiftTarget): void {
  if (t instanceof LazyText) {
    t.shift(delta, target);
    return;
  }
  t.rawStart += delta;
  t.rawEnd += delta;
  for (const s of t.segments) s.r += delta;
}

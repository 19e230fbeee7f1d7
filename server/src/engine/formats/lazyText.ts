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
  declare role: Role;
  declare encoding: RawEncoding;

  constructor(
    /** The raw document the offsets refer to. */
    public src: string,
    public rawStart: number,
    public rawEnd: number,
  ) {}

  protected abstract decoded(): Decoded | null;
  protected abstract computePath(): string;
  protected abstract computePointer(): Pointer;
  protected computeOwner(): string | undefined {
    return undefined;
  }

  get text(): string {
    const d = this.decoded();
    return d !== null ? d.text : this.src.slice(this.rawStart, this.rawEnd);
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

  /** Moves the text by `delta` raw code units into `src`, the edited document (incremental re-parse). */
  shift(delta: number, src: string): void {
    this.rawStart += delta;
    this.rawEnd += delta;
    this.src = src;
    if (delta === 0) return;
    const d = this.decoded();
    if (d !== null && !hasOwn(this, 'segments')) for (const s of d.segments) s.r += delta;
    if (hasOwn(this, 'segments')) for (const s of this.segments) s.r += delta;
  }

  toJSON(): ExtractedText {
    const o: ExtractedText = { text: this.text, role: this.role, path: this.path, pointer: this.pointer, rawStart: this.rawStart, rawEnd: this.rawEnd, encoding: this.encoding, segments: this.segments };
    const owner = this.owner;
    if (owner !== undefined) o.owner = owner;
    return o;
  }
}

/** One step of a JSON pointer, shared by every text below that container. */
export class PathNode {
  constructor(
    readonly parent: PathNode | null,
    readonly key: string | number,
  ) {}
}

/** Marks the document's top-level container, which has no key in pointers. */
export const TOP = -1;

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

/**
 * A string value of a JSON document. Its container (the object or array holding it) is `containerKey` in
 * `parent` (TOP for the top-level container), so element objects that hold only texts need no PathNode.
 */
export class JsonText extends LazyText {
  constructor(
    src: string,
    rawStart: number,
    rawEnd: number,
    public override role: Role,
    /** Set only when the raw value has escapes. */
    readonly dec: Decoded | null,
    readonly parent: PathNode | null,
    readonly containerKey: string | number,
    readonly key: string | number,
    readonly rec: OwnerRec | null,
  ) {
    super(src, rawStart, rawEnd);
  }
  protected decoded(): Decoded | null {
    return this.dec;
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
    if (!this.rec) return tail;
    const head = describeOwner(this.rec);
    return tail ? `${head}, ${tail}` : head;
  }
  protected computePointer(): Pointer {
    const out: Pointer = [this.key];
    if (this.containerKey !== TOP) out.push(this.containerKey);
    for (let n = this.parent; n; n = n.parent) out.push(n.key);
    return out.reverse();
  }
  protected override computeOwner(): string | undefined {
    return this.rec ? ownerName(this.rec) : undefined;
  }
}
protoDefaults(JsonText.prototype, { encoding: 'json-string' });

/** A line of an utterance log taken whole (`.txt`, or an unquoted line of a one-column CSV). */
export class LineText extends LazyText {
  constructor(src: string, rawStart: number, rawEnd: number, readonly line: number) {
    super(src, rawStart, rawEnd);
  }
  protected decoded(): Decoded | null {
    return null;
  }
  protected computePath(): string {
    return `line ${this.line + 1}`;
  }
  protected computePointer(): Pointer {
    return [this.line, 0];
  }
}
protoDefaults(LineText.prototype, { role: 'utterance', encoding: 'plain' });

/** An unquoted line of a one-column CSV utterance log. */
export class CsvLineText extends LineText {}
protoDefaults(CsvLineText.prototype, { encoding: 'csv-unquoted' });

/** A quoted cell of a one-column CSV utterance log (may span lines, may hold doubled quotes). */
export class QuotedLineText extends LineText {
  constructor(src: string, rawStart: number, rawEnd: number, line: number, readonly dec: Decoded | null) {
    super(src, rawStart, rawEnd, line);
  }
  protected override decoded(): Decoded | null {
    return this.dec;
  }
}
protoDefaults(QuotedLineText.prototype, { encoding: 'csv-quoted' });

/** A plain-object copy of any extracted text (keeps computed properties). */
export function cloneText(t: ExtractedText): ExtractedText {
  const o: ExtractedText = { text: t.text, role: t.role, path: t.path, pointer: t.pointer, rawStart: t.rawStart, rawEnd: t.rawEnd, encoding: t.encoding, segments: t.segments.map((s) => ({ d: s.d, r: s.r })) };
  if (t.owner !== undefined) o.owner = t.owner;
  return o;
}

/** Moves a text by `delta` raw code units, whatever its representation; `src` is the edited document. */
export function shiftText(t: ExtractedText, delta: number, src: string): void {
  if (t instanceof LazyText) {
    t.shift(delta, src);
    return;
  }
  t.rawStart += delta;
  t.rawEnd += delta;
  for (const s of t.segments) s.r += delta;
}

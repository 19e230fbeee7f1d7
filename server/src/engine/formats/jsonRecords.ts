// Owner records collected while walking a Watson JSON export. Readable paths are built from them after the
// walk, because the name of an intent/action/node often comes after its examples/steps in the file.
export interface IntentRec {
  t: 'intent';
  name: string;
  index: number;
  /** In an actions export: the action this intent's phrases trigger (set once the walk is over). */
  action?: ActionRec;
}
export interface EntityRec { t: 'entity'; name: string; index: number }
export interface ValueRec { t: 'value'; entity: EntityRec; index: number }
export interface NodeRec { t: 'node'; id: string; title: string; index: number }
export interface ActionRec { t: 'action'; id: string; title: string; intent: string; index: number }
export interface StepRec { t: 'step'; action: ActionRec; index: number }
export interface LogRec { t: 'log'; index: number }
export interface SkillRec { t: 'skill' }

export interface Range { start: number; end: number }

export interface VarRec {
  t: 'var';
  action: ActionRec | null;
  index: number;
  id: string;
  title: string;
  dataType: string;
  idRange?: Range;
  titleRange?: Range;
  objStart: number;
  /** Offset of the opening quote of the first key, when the object has keys. */
  firstKey?: number;
  privacy?: {
    /** Object form: offsets of `{`, of its first key's quote, and of the `enabled` value. */
    objStart?: number;
    firstKey?: number;
    enabled?: Range & { value: string };
    /** Non-object form (`"privacy": null`): raw range of the value. */
    value?: Range;
  };
}

export type OwnerRec = IntentRec | EntityRec | ValueRec | NodeRec | ActionRec | StepRec | LogRec | SkillRec | VarRec;

const quote = (s: string) => `“${s.length > 60 ? s.slice(0, 57) + '...' : s}”`;

export function describeAction(a: ActionRec): string {
  return a.title ? `action ${quote(a.title)}` : a.id ? `action ${a.id}` : `action ${a.index + 1}`;
}

export function describeVariable(v: VarRec): string {
  const name = v.id ? v.id : `${v.index + 1}`;
  return v.action ? `${describeAction(v.action)}, variable ${name}` : `session variable ${name}`;
}

/** Readable location of an owner. */
export function describeOwner(o: OwnerRec): string {
  switch (o.t) {
    case 'intent':
      if (o.action) return describeAction(o.action);
      return o.name ? `intent #${o.name}` : `intent ${o.index + 1}`;
    case 'entity':
      return o.name ? `entity @${o.name}` : `entity ${o.index + 1}`;
    case 'value':
      return `${describeOwner(o.entity)}, value ${o.index + 1}`;
    case 'node':
      return o.title ? `dialog node ${quote(o.title)}` : o.id ? `dialog node ${o.id}` : `dialog node ${o.index + 1}`;
    case 'action':
      return describeAction(o);
    case 'step':
      return `${describeAction(o.action)}, step ${o.index + 1}`;
    case 'var':
      return describeVariable(o);
    case 'log':
      return `log ${o.index + 1}`;
    case 'skill':
      return 'skill';
  }
}

/** The intent or action name shown in messages. */
export function ownerName(o: OwnerRec): string | undefined {
  switch (o.t) {
    case 'intent':
      return o.action?.title || o.name || undefined;
    case 'action':
      return o.title || o.id || undefined;
    case 'step':
      return o.action.title || o.action.id || undefined;
    case 'var':
      return o.action ? o.action.title || o.action.id || undefined : undefined;
    default:
      return undefined;
  }
}

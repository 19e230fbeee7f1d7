// Structural check for actions exports: a variable that evidently collects personal data (judged by its id,
// title or data type) must have `privacy.enabled: true` ("Protect data"), or its value shows in logs.
// The fix edits the raw JSON in place, keeping the surrounding indentation style.
import type { RawEdit, StructuralIssue } from '../types';
import { describeVariable, type VarRec } from './jsonRecords';

/** Phrases matched against space-padded, lower-cased words of the id/title/data type. */
const PERSONAL_PHRASES = [
  'email', 'e mail', 'mail address', 'phone', 'telephone', 'mobile', 'cell number', 'cellphone', 'msisdn',
  'address', 'street', 'zip', 'zipcode', 'zip code', 'postal code', 'postcode', 'date of birth', 'dob', 'birth date',
  'birthdate', 'birthday', 'ssn', 'social security', 'national id', 'national insurance', 'tax id', 'taxpayer', 'passport',
  'driver license', 'drivers license', 'driver licence', 'driving licence', 'license number', 'account number', 'account id',
  'account no', 'acct', 'iban', 'routing number', 'bank account', 'member id', 'member number', 'membership number',
  'membership id', 'policy number', 'card number', 'credit card', 'debit card', 'cvv', 'mrn', 'medical record', 'patient id',
  'insurance id', 'health plan', 'customer id', 'name', 'names', 'first name', 'last name', 'full name', 'surname', 'firstname',
  'lastname', 'fullname', 'username', 'user name', 'given name', 'family name', 'maiden name',
];
/** Substrings that are personal even inside compound words (emailAddress, userphone, birthplace). */
const PERSONAL_SUBSTRINGS = ['email', 'phone', 'passport', 'birth', 'address', 'firstname', 'lastname', 'fullname', 'surname'];
/** `name` alone is personal unless it names something technical (model name, file name...). */
const TECHNICAL_NAME = /\b(model|file|class|brand|store|branch|device|host|server|action|intent|entity|skill|assistant|bot|variable|step|project|company|business|product|plan|app|domain|service|queue|topic|field|column|table|event|type|display)\s+names?\b/;

function words(s: string): string {
  return ` ${s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** True when the id, title or data type evidently refers to personal data. */
export function collectsPersonalData(v: { id: string; title: string; dataType: string }): boolean {
  // A yes/no answer is not personal data, whatever the question mentions.
  if (/^(yes_no|boolean|confirmation)$/i.test(v.dataType)) return false;
  for (const field of [v.id, v.title, v.dataType]) {
    if (!field) continue;
    const w = words(field);
    const compact = w.replace(/ /g, '');
    for (const p of PERSONAL_PHRASES) {
      if (w.includes(` ${p} `)) {
        if ((p === 'name' || p === 'names') && TECHNICAL_NAME.test(w)) continue;
        return true;
      }
    }
    for (const p of PERSONAL_SUBSTRINGS) if (compact.includes(p) && !compact.includes('ipaddress') && !compact.includes('macaddress')) return true;
  }
  return false;
}

/** Leading whitespace of the line that holds `offset`. */
function lineIndent(raw: string, offset: number): string {
  const lineStart = raw.lastIndexOf('\n', offset - 1) + 1;
  let e = lineStart;
  while (e < offset && (raw[e] === ' ' || raw[e] === '\t')) e++;
  return raw.slice(lineStart, e);
}

/** An edit that inserts `"name": value` as the first property of the object opening at `objStart`. */
function insertProperty(raw: string, objStart: number, firstKey: number | undefined, name: string, value: string, multiLineValue: boolean): RawEdit {
  if (firstKey === undefined) return { offset: objStart + 1, length: 0, newText: `"${name}": ${value}` };
  const between = raw.slice(objStart + 1, firstKey);
  const nl = between.lastIndexOf('\n');
  if (nl < 0) return { offset: firstKey, length: 0, newText: `"${name}": ${value},${between}` };
  const keyIndent = between.slice(nl + 1);
  const objIndent = lineIndent(raw, objStart);
  const unit = keyIndent.startsWith(objIndent) && keyIndent.length > objIndent.length ? keyIndent.slice(objIndent.length) : '  ';
  const eol = between.includes('\r\n') ? '\r\n' : '\n';
  const body = multiLineValue ? `{${eol}${keyIndent}${unit}"enabled": true${eol}${keyIndent}}` : value;
  return { offset: firstKey, length: 0, newText: `"${name}": ${body},${eol}${keyIndent}` };
}

/** Edits that make `privacy.enabled` true, or undefined when the shape is too unusual to edit safely. */
export function privacyFix(raw: string, v: VarRec): RawEdit[] | undefined {
  const p = v.privacy;
  if (!p) return [insertProperty(raw, v.objStart, v.firstKey, 'privacy', '{"enabled": true}', true)];
  if (p.value) return [{ offset: p.value.start, length: p.value.end - p.value.start, newText: '{"enabled": true}' }];
  if (p.enabled) return [{ offset: p.enabled.start, length: p.enabled.end - p.enabled.start, newText: 'true' }];
  if (p.objStart !== undefined) return [insertProperty(raw, p.objStart, p.firstKey, 'enabled', 'true', false)];
  return undefined;
}

export function unprotectedVariables(raw: string, variables: VarRec[]): StructuralIssue[] {
  const issues: StructuralIssue[] = [];
  for (const v of variables) {
    if (v.privacy?.enabled?.value === 'true') continue;
    if (!collectsPersonalData(v)) continue;
    const range = v.titleRange ?? v.idRange ?? { start: v.objStart, end: v.objStart + 1 };
    const label = (v.title || v.id || 'variable').replace(/\s+/g, ' ');
    const shown = label.length > 60 ? `${label.slice(0, 57)}...` : label;
    const issue: StructuralIssue = {
      ruleId: 'unprotected-variable',
      entity: 'UNPROTECTED_VARIABLE',
      category: 'pii',
      severity: 'warning',
      confidence: 0.9,
      offset: range.start,
      length: range.end - range.start,
      fieldPath: describeVariable(v),
      message: `Variable “${shown}” collects personal data but is not protected: enable privacy so its value is masked in logs`,
    };
    const fix = privacyFix(raw, v);
    if (fix) issue.fix = fix;
    issues.push(issue);
  }
  return issues;
}

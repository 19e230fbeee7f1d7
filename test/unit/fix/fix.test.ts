import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  applyEdits, createSynthesizer, EditConflictError, escapeFor, maskValue, placeholderFor,
} from '../../../server/src/engine/fix';
import { luhnValid } from '../../../server/src/engine/fix/shape';
import { ENTITY_TYPES } from '../../../server/src/engine/types';

test('escapeFor json-string yields a JSON string body that decodes to the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      assert.equal(JSON.parse(`"${escapeFor('json-string', text)}"`), text);
    }),
  );
});

test('escapeFor csv-quoted doubles quotes; csv-unquoted removes separators, quotes and line breaks', () => {
  assert.equal(escapeFor('csv-quoted', 'say "hi"'), 'say ""hi""');
  fc.assert(
    fc.property(fc.string(), (text) => {
      assert.doesNotMatch(escapeFor('csv-unquoted', text), /[,"\r\n]/);
    }),
  );
  assert.equal(escapeFor('plain', 'a,"b"\n'), 'a,"b"\n');
});

test('placeholders are readable tags and masks keep the length', () => {
  assert.equal(placeholderFor('EMAIL_ADDRESS'), '[EMAIL]');
  assert.equal(placeholderFor('PHONE_NUMBER'), '[PHONE]');
  assert.equal(placeholderFor('PERSON'), '[NAME]');
  assert.equal(placeholderFor('SOMETHING_NEW'), '[SOMETHING_NEW]');
  for (const e of ENTITY_TYPES) assert.match(placeholderFor(e), /^\[[A-Z0-9_]+\]$/);
  assert.equal(maskValue('jane@x.io'), '*********');
  assert.equal(maskValue('Zoë 😀'), '*****');
});

test('applyEdits applies any order of non-overlapping edits', () => {
  assert.equal(applyEdits('hello world', [{ offset: 6, length: 5, newText: 'there' }, { offset: 0, length: 5, newText: 'HI' }]), 'HI there');
  assert.equal(applyEdits('abc', [{ offset: 1, length: 0, newText: 'X' }, { offset: 1, length: 1, newText: 'Y' }]), 'aXYc');
  // exact duplicates collapse
  assert.equal(applyEdits('abc', [{ offset: 0, length: 1, newText: 'Z' }, { offset: 0, length: 1, newText: 'Z' }]), 'Zbc');
});

test('applyEdits rejects overlaps and out-of-range edits instead of corrupting the text', () => {
  assert.throws(() => applyEdits('abcdef', [{ offset: 0, length: 3, newText: 'x' }, { offset: 2, length: 2, newText: 'y' }]), EditConflictError);
  assert.throws(() => applyEdits('abc', [{ offset: 1, length: 0, newText: 'x' }, { offset: 1, length: 0, newText: 'y' }]), EditConflictError);
  assert.throws(() => applyEdits('abc', [{ offset: 2, length: 5, newText: 'x' }]), EditConflictError);
  assert.throws(() => applyEdits('abc', [{ offset: -1, length: 1, newText: 'x' }]), EditConflictError);
});

test('applyEdits matches a reference implementation on random disjoint edits', () => {
  fc.assert(
    fc.property(
      fc.string({ minLength: 0, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 8 }),
      (raw, specs) => {
        // Build disjoint edits from random specs by walking left to right.
        const edits: { offset: number; length: number; newText: string }[] = [];
        let pos = 0;
        for (const [gap, len, text] of specs) {
          const offset = pos + (gap % 7) + (edits.length ? 1 : 0);
          if (offset + len > raw.length) break;
          edits.push({ offset, length: len, newText: text });
          pos = offset + len;
        }
        let expected = raw;
        for (const e of [...edits].reverse()) expected = expected.slice(0, e.offset) + e.newText + expected.slice(e.offset + e.length);
        const shuffled = [...edits].sort(() => 0.5 - Math.random());
        assert.equal(applyEdits(raw, shuffled), expected);
      },
    ),
  );
});

test('synthetic values are consistent per value and differ from the original', () => {
  const s = createSynthesizer(7);
  const a = s.synthetic('PERSON', 'Loree Flinchum');
  assert.equal(s.synthetic('PERSON', 'Loree Flinchum'), a);
  assert.equal(createSynthesizer(7).synthetic('PERSON', 'Loree Flinchum'), a, 'same seed, same fake (worker threads agree)');
  assert.notEqual(a, 'Loree Flinchum');
  assert.match(a, /^[A-Z][\p{L}'-]+ [A-Z][\p{L}'-]+$/u);
  assert.equal(s.synthetic('PERSON', 'LOREE'), s.synthetic('PERSON', 'LOREE').toUpperCase());
  for (const e of ENTITY_TYPES) {
    const v = s.synthetic(e, 'Value 123-45');
    assert.ok(v.length > 0, e);
    assert.notEqual(v, 'Value 123-45', e);
  }
});

test('synthetic identifiers come from reserved or test ranges and keep their shape', () => {
  const s = createSynthesizer(3);
  for (const orig of ['(212) 867-5309', '212.867.5309', '+1 212 867 5309', '867-5309']) {
    const fake = s.synthetic('PHONE_NUMBER', orig);
    assert.equal(fake.replace(/\d/g, '9'), orig.replace(/\d/g, '9'), `shape of ${orig}`);
    assert.match(fake.replace(/\D/g, ''), /55501\d\d$/);
  }
  for (const orig of ['4539 1488 0343 6467', '5425-2334-3010-9903', '371449635398431', '6011000990139424']) {
    const fake = s.synthetic('CREDIT_CARD', orig);
    assert.equal(fake.replace(/\d/g, '9'), orig.replace(/\d/g, '9'));
    assert.ok(luhnValid(fake.replace(/\D/g, '')), fake);
    assert.equal(fake[0], orig[0]);
  }
  assert.match(s.synthetic('US_SSN', '123-45-6789'), /^987-65-432\d$/);
  assert.match(s.synthetic('US_SSN', '123456789'), /^98765432\d$/);
  assert.match(s.synthetic('EMAIL_ADDRESS', 'jane.doe@gmail.com'), /^[a-z]+\.[a-z]+@example\.(com|org|net)$/);
  assert.match(s.synthetic('IP_ADDRESS', '10.1.2.3'), /^(192\.0\.2|198\.51\.100|203\.0\.113)\.\d+$/);
  assert.match(s.synthetic('IP_ADDRESS', 'fe80::1'), /^2001:db8::/);
  const mac = s.synthetic('MAC_ADDRESS', '00:1a:2b:3c:4d:5e');
  assert.match(mac, /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
  assert.equal(parseInt(mac.slice(0, 2), 16) & 0x03, 0x02, 'locally administered unicast');
  assert.match(s.synthetic('IBAN_CODE', 'DE44 5001 0517 5407 3249 31'), /^DE89 3704 0044 0532 0130 00$/);
  assert.match(s.synthetic('UK_NINO', 'AB123456C'), /^QQ\d{6}[A-D]$/);
  for (let i = 0; i < 30; i++) assert.ok(!luhnValid(s.synthetic('CA_SIN', `04645428${i % 10}`)), 'SIN fakes fail Luhn');
  assert.match(s.synthetic('DATE_OF_BIRTH', '03/14/1985'), /^\d\d\/\d\d\/(19[5-9]\d|2000)$/);
  assert.match(s.synthetic('DATE_OF_BIRTH', 'March 3rd, 1985'), /^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4}$/);
  assert.equal(s.synthetic('HEALTH_TERM', 'diabetes'), '[HEALTH_INFO]');
});

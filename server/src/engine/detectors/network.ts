// IP addresses (v4, v6) and MAC addresses. Documentation ranges (RFC 5737, RFC 3849) are test values;
// loopback and unspecified addresses are not reported.
import type { Detection } from '../types';
import { IPV6_DOC_PREFIX, TEST_NET_V4 } from '../fix/testValues';
import { hasContextBefore } from './context';
import { F_COLONS2, F_COLONS5, F_DASHES5, F_INNER_DOTS2, F_INNER_DOTS3 } from './textFacts';
import type { Detector } from './types';
import { hit, isDigitCode, matches } from './util';

const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d]|\.\d)/g;
const VERSION_CUE = ['version', 'v', 'ver', 'release', 'build', 'firmware', 'app version', 'os'];
const IPV6_CANDIDATE = /(?<![0-9A-Fa-f:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Fa-f:])/g;

const isHexCode = (c: number) => isDigitCode(c) || ((c | 32) >= 97 && (c | 32) <= 102);

/** Whether IPV4 may match: digits joined by single dots three times in a row ("1.2.3.4"; a superset of IPV4). */
export function mayHoldIpv4(text: string): boolean {
  let dots = 0;
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (p === 0 || p + 1 >= text.length || !isDigitCode(text.charCodeAt(p - 1)) || !isDigitCode(text.charCodeAt(p + 1))) {
      dots = 0;
      continue;
    }
    // this dot continues the last one's number when only digits lie between them
    let q = p - 1;
    while (q >= 0 && isDigitCode(text.charCodeAt(q))) q--;
    dots = q >= 0 && text.charCodeAt(q) === 46 && dots > 0 ? dots + 1 : 1;
    if (dots === 3) return true;
  }
  return false;
}

/** Whether IPV6_CANDIDATE may match: a run of hex digits and colons holding two colons (a superset). */
export function mayHoldIpv6(text: string): boolean {
  let colons = 0;
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) {
    let q = p - 1;
    while (q >= 0 && isHexCode(text.charCodeAt(q))) q--;
    colons = q >= 0 && text.charCodeAt(q) === 58 && colons > 0 ? colons + 1 : 1;
    if (colons === 2) return true;
  }
  return false;
}

function isPrivateV4(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

export function isValidIpv6(s: string): boolean {
  const parts = s.split('::');
  if (parts.length > 2) return false;
  const groups = (p: string) => (p === '' ? [] : p.split(':'));
  const head = groups(parts[0]);
  const tail = parts.length === 2 ? groups(parts[1]) : [];
  const all = [...head, ...tail];
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return parts.length === 2 ? all.length <= 7 : all.length === 8;
}

export const ipAddressDetector: Detector = {
  id: 'ip-address',
  entity: 'IP_ADDRESS',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 2,
  description: 'IPv4 and IPv6 addresses. Documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) are test values; private ranges are reported as info.',
  truePositives: [
    { text: 'my ip is 81.44.120.7.', expect: ['81.44.120.7'] },
    { text: 'from 2a01:4f8:c0c:1e2a:91b:7fe3:a2:10 yesterday', expect: ['2a01:4f8:c0c:1e2a:91b:7fe3:a2:10'] },
    { text: 'host 2a02:1810::4f1 is mine', expect: ['2a02:1810::4f1'] },
  ],
  falsePositives: [
    { text: 'meeting at 10:30:45 today' },
    { text: 'upgrade to version 1.2.3.4' },
    { text: 'the doc example 192.0.2.15 works' },
    { text: 'localhost ::1 and 127.0.0.1' },
  ],
  // an IPv4 address has three dots, an IPv6 candidate two colons
  anyFacts: F_INNER_DOTS3 | F_COLONS2,
  detect(text, ctx) {
    const out: Detection[] = [];
    if (mayHoldIpv4(text)) {
      for (const m of matches(IPV4, text)) {
        const ip = m[0];
        if (ip === '0.0.0.0' || ip.startsWith('127.') || ip === '255.255.255.255') continue;
        if (hasContextBefore(ctx.lower, m.index, VERSION_CUE, 12)) continue;
        const test = TEST_NET_V4.some((p) => ip.startsWith(p + '.'));
        const priv = isPrivateV4(ip);
        out.push(hit(ipAddressDetector, m.index, m.index + ip.length, test ? 0.9 : priv ? 0.7 : 0.95, test ? 'documentation range' : priv ? 'private IPv4 address' : 'IPv4 address', { testValue: test, severity: priv && !test ? 'info' : undefined }));
      }
    }
    if (mayHoldIpv6(text)) {
      for (const m of matches(IPV6_CANDIDATE, text)) {
        const s = m[0];
        if (!isValidIpv6(s) || s === '::1' || s === '::') continue;
        // times like 10:30:45 are not addresses: an address has a hex letter, '::' or 5+ groups
        if (!/[a-fA-F]/.test(s) && !s.includes('::') && s.split(':').length < 5) continue;
        if (/^[0-9:]+$/.test(s) && s.split(':').length < 8) continue;
        const test = s.toLowerCase().startsWith(IPV6_DOC_PREFIX);
        out.push(hit(ipAddressDetector, m.index, m.index + s.length, test ? 0.9 : 0.9, test ? 'documentation range' : 'IPv6 address', { testValue: test }));
      }
    }
    return out;
  },
};

/** Hex digits at text[from, to). */
function hexAt(text: string, from: number, to: number): boolean {
  if (from < 0 || to > text.length) return false;
  for (let k = from; k < to; k++) if (!isHexCode(text.charCodeAt(k))) return false;
  return true;
}

/** Hex pairs at i, i + 3, ... (six of them) joined by the separator `sep`. */
function macPairsAt(text: string, i: number, sep: number): boolean {
  if (i < 0 || i + 17 > text.length) return false;
  for (let k = 0; k < 6; k++) {
    const at = i + 3 * k;
    if (!isHexCode(text.charCodeAt(at)) || !isHexCode(text.charCodeAt(at + 1))) return false;
    if (k < 5 && text.charCodeAt(at + 2) !== sep) return false;
  }
  return true;
}

/** Whether MAC may match: six hex pairs joined by ':' or '-', or three hex quads joined by '.' (a superset of MAC). */
export function mayHoldMac(text: string): boolean {
  for (let p = text.indexOf('.'); p >= 0; p = text.indexOf('.', p + 1)) {
    if (text.charCodeAt(p + 5) === 46 && hexAt(text, p - 4, p) && hexAt(text, p + 1, p + 5) && hexAt(text, p + 6, p + 10)) return true;
  }
  // the first separator of a match stands two characters after its start
  for (let p = text.indexOf(':'); p >= 0; p = text.indexOf(':', p + 1)) if (macPairsAt(text, p - 2, 58)) return true;
  for (let p = text.indexOf('-'); p >= 0; p = text.indexOf('-', p + 1)) if (macPairsAt(text, p - 2, 45)) return true;
  return false;
}

const MAC = /(?<![0-9A-Fa-f:-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![0-9A-Fa-f:-])/g;

export const macAddressDetector: Detector = {
  id: 'mac-address',
  entity: 'MAC_ADDRESS',
  category: 'pii',
  defaultSeverity: 'warning',
  minDigits: 2,
  description: 'MAC (hardware) addresses: 00:1A:2B:3C:4D:5E, 00-1a-2b-3c-4d-5e or 001a.2b3c.4d5e.',
  truePositives: [
    { text: 'my router is 00:1A:2B:3C:4D:5E', expect: ['00:1A:2B:3C:4D:5E'] },
    { text: 'device 001a.2b3c.4d5e', expect: ['001a.2b3c.4d5e'] },
  ],
  falsePositives: [{ text: 'broadcast ff:ff:ff:ff:ff:ff' }, { text: 'time 10:20:30:40:50' }],
  // five ':' or five '-' between the six bytes, or two '.' in the xxxx.xxxx.xxxx form
  anyFacts: F_COLONS5 | F_DASHES5 | F_INNER_DOTS2,
  detect(text) {
    const out: Detection[] = [];
    if (!mayHoldMac(text)) return out;
    for (const m of matches(MAC, text)) {
      const hex = m[0].replace(/[^0-9A-Fa-f]/g, '').toLowerCase();
      if (/^(0+|f+)$/.test(hex)) continue;
      if (!/[a-f]/.test(hex) && m[1] === ':') {
        // 12:34:56:78:90:12 could be anything numeric; still a MAC layout, lower confidence
        out.push(hit(macAddressDetector, m.index, m.index + m[0].length, 0.7, 'MAC layout, digits only'));
        continue;
      }
      // 00-00-5E-00-53-xx is reserved for documentation (RFC 7042)
      const test = hex.startsWith('00005e0053');
      out.push(hit(macAddressDetector, m.index, m.index + m[0].length, 0.95, test ? 'documentation range' : 'MAC address', { testValue: test }));
    }
    return out;
  },
};

/** For tests: each pattern with the check that must let its every match through. */
export const NETWORK_PATTERNS_FOR_TEST: readonly (readonly [RegExp, (text: string) => boolean])[] = [[IPV4, mayHoldIpv4], [IPV6_CANDIDATE, mayHoldIpv6], [MAC, mayHoldMac]];

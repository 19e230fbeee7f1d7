// Reserved and documented test values that synthetic replacements are drawn from, so a replacement can never
// be a real person's data and the detectors can recognise it as a test value.
// Sources: RFC 2606 (example domains), RFC 5737 / RFC 3849 (documentation IP ranges), NANP 555-0100..0199
// (fictional numbers), SSA 987-65-4320..4329 (advertising SSNs), payment processors' published test cards,
// HMRC's never-issued NINO prefix QQ, and the example IBANs of the national IBAN formats.

export const EXAMPLE_DOMAINS = ['example.com', 'example.org', 'example.net'] as const;

export const TEST_NET_V4 = ['192.0.2', '198.51.100', '203.0.113'] as const;

export const IPV6_DOC_PREFIX = '2001:db8';

/** Test card numbers by length and first digit. */
export const TEST_CARDS: Record<number, Record<string, readonly string[]>> = {
  16: {
    '4': ['4111111111111111', '4242424242424242', '4012888888881881', '4000056655665556'],
    '5': ['5555555555554444', '5105105105105100', '5200828282828210'],
    '2': ['2223003122003222', '2223000048400011'],
    '6': ['6011111111111117', '6011000990139424'],
    '3': ['3530111333300000', '3566002020360505'],
  },
  15: { '3': ['378282246310005', '371449635398431', '378734493671000'] },
  14: { '3': ['30569309025904', '38520000023237'] },
  13: { '4': ['4222222222222'] },
};

export const DEFAULT_TEST_CARD = '4111111111111111';

/** Example IBANs (electronic format) by country code. */
export const SAMPLE_IBANS: Record<string, string> = {
  GB: 'GB82WEST12345698765432',
  DE: 'DE89370400440532013000',
  FR: 'FR1420041010050500013M02606',
  NL: 'NL91ABNA0417164300',
  ES: 'ES9121000418450200051332',
  IT: 'IT60X0542811101000000123456',
  CH: 'CH9300762011623852957',
  BE: 'BE68539007547034',
  AT: 'AT611904300234573201',
  IE: 'IE29AIBK93115212345678',
  PL: 'PL61109010140000071219812874',
  SE: 'SE4550000000058398257466',
  DK: 'DK5000400440116243',
  NO: 'NO9386011117947',
  FI: 'FI2112345600000785',
  PT: 'PT50000201231234567890154',
  LU: 'LU280019400644750000',
};

/** SSNs 987-65-4320 to 987-65-4329 are reserved for advertising. */
export const SSN_ADVERTISING_PREFIX = '98765432';

/** NANP fictional numbers: 555-0100 through 555-0199. */
export const FICTIONAL_EXCHANGE = '555';
export const FICTIONAL_LINE_PREFIX = '01';

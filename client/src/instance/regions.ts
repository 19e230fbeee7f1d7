// Watson Assistant regions, their service URLs, and the URL safety rules (https only, except loopback).

export const REGIONS = [
  { id: 'us-south', label: 'Dallas', privateEndpoint: true, hipaa: true },
  { id: 'us-east', label: 'Washington DC', privateEndpoint: true, hipaa: true },
  { id: 'eu-de', label: 'Frankfurt', privateEndpoint: true, hipaa: false },
  { id: 'eu-gb', label: 'London', privateEndpoint: true, hipaa: false },
  { id: 'au-syd', label: 'Sydney', privateEndpoint: true, hipaa: false },
  { id: 'jp-tok', label: 'Tokyo', privateEndpoint: true, hipaa: false },
  { id: 'kr-seo', label: 'Seoul', privateEndpoint: false, hipaa: false },
  { id: 'ca-tor', label: 'Toronto', privateEndpoint: false, hipaa: false },
  { id: 'br-sao', label: 'São Paulo', privateEndpoint: false, hipaa: false },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];
export type EndpointKind = 'public' | 'private';

export function findRegion(id: string): (typeof REGIONS)[number] | undefined {
  return REGIONS.find((r) => r.id === id);
}

/** Builds `https://api[.private].{region}.assistant.watson.cloud.ibm.com/instances/{id}`. */
export function regionServiceUrl(region: RegionId, instanceId: string, endpoint: EndpointKind = 'public'): string {
  const info = findRegion(region);
  if (!info) throw new Error(`Unknown region "${region}". Known regions: ${REGIONS.map((r) => r.id).join(', ')}.`);
  if (endpoint === 'private' && !info.privateEndpoint) {
    throw new Error(`Region ${region} has no private endpoint listed; use the public endpoint.`);
  }
  const id = instanceId.trim();
  if (!/^[A-Za-z0-9-]+$/.test(id)) throw new Error('The instance id may contain only letters, digits and "-".');
  const host = endpoint === 'private' ? `api.private.${region}` : `api.${region}`;
  return `https://${host}.assistant.watson.cloud.ibm.com/instances/${id}`;
}

/** The region a Watson service URL points at, if it is one of IBM Cloud's region hosts. */
export function regionOfUrl(url: string): RegionId | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const m = /^api\.(?:private\.)?([a-z]{2}-[a-z]+)\.assistant\.watson\.cloud\.ibm\.com$/.exec(host);
  return m && findRegion(m[1]) ? (m[1] as RegionId) : undefined;
}

/** HIPAA support exists only for Enterprise plans in Dallas (us-south) and Washington DC (us-east). */
export function hipaaWarning(url: string): string | undefined {
  const region = regionOfUrl(url);
  if (region === 'us-south' || region === 'us-east') return undefined;
  const where = region ? `region ${region}` : 'a region that cannot be determined from the URL';
  return `HIPAA support is available only for Enterprise plans in us-south (Dallas) or us-east (Washington DC); this instance is in ${where}.`;
}

function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/**
 * Checks a service or token URL: must parse, must be https (plain http only for loopback, i.e. local tests),
 * must not carry credentials or a query. Returns the normalised URL without a trailing slash.
 */
export function validateServiceUrl(raw: string, what = 'service URL'): { ok: true; url: string } | { ok: false; message: string } {
  const text = raw.trim();
  if (!text) return { ok: false, message: `The ${what} is empty.` };
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return { ok: false, message: `The ${what} "${text}" is not a valid URL.` };
  }
  if (u.username || u.password) return { ok: false, message: `The ${what} must not contain credentials; use the authentication settings.` };
  if (u.protocol === 'http:') {
    if (!isLoopbackHost(u.hostname)) {
      return { ok: false, message: `The ${what} uses http://, which would send credentials and customer data unencrypted; use https:// (http is allowed only for localhost).` };
    }
  } else if (u.protocol !== 'https:') {
    return { ok: false, message: `The ${what} must start with https://.` };
  }
  if (u.search || u.hash) return { ok: false, message: `The ${what} must not contain a query or fragment.` };
  return { ok: true, url: u.toString().replace(/\/+$/, '') };
}

// Real signed JWTs (HS256, random per-emulator key) with iat/exp, as IAM and Cloud Pak for Data issue them.
import { randomBytes } from 'node:crypto';

type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } });
let jose: Promise<Jose> | undefined;
const loadJose = () => (jose ??= import('jose'));

export class TokenIssuer {
  private readonly key = new Uint8Array(randomBytes(32));
  issued = 0;

  constructor(public ttlSeconds = 3600) {}

  async issue(subject: string): Promise<{ token: string; iat: number; exp: number }> {
    const { SignJWT } = await loadJose();
    const iat = Math.floor(Date.now() / 1000);
    const exp = iat + this.ttlSeconds;
    const token = await new SignJWT({ sub: subject, iam_id: `iam-${subject}` })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .setIssuer('pii-lint-emulator')
      .sign(this.key);
    this.issued++;
    return { token, iat, exp };
  }

  /** The subject if the token is ours, unexpired and intact. */
  async verify(token: string): Promise<string | undefined> {
    const { jwtVerify } = await loadJose();
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'pii-lint-emulator', clockTolerance: 0 });
      return typeof payload.sub === 'string' ? payload.sub : undefined;
    } catch {
      return undefined;
    }
  }
}

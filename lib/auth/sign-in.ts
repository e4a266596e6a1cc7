// What happens when someone submits the sign-in form (next-auth's Credentials `authorize`): the abuse limits, the
// password check, and on success a new row in user_sessions whose id the session cookie will carry. Under a lock, a
// browser the account does not know is offered a one-time link by email instead (lib/auth/sign-in-links.ts).
//
// Unknown email, wrong password, deactivated account, no password set yet: all the same null, after the same argon2
// work (lib/auth/authenticate.ts). A lock is thrown as an Error whose message is the code the sign-in page explains
// (lib/auth/sign-in-errors.ts); next-auth v4 turns it into ?error=<code>.
import "server-only";
import { signInSchema } from "@/lib/validation/sign-in";
import { authenticateWithPassword } from "./authenticate";
import { clientIp, type ClientIpOptions } from "./client-ip";
import { lockErrorCode } from "./sign-in-errors";
import { accountLockAfterFailure, markAttemptSucceeded, recordSignInAttempt, type Lock } from "./sign-in-limits";
import { offerSignInLink, type Deliver } from "./sign-in-links";
import { cookieValue, issueTrustedDevice, trustedDeviceCookieName, trustedDeviceOf } from "./trusted-device";
import { createUserSession } from "./user-sessions";

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
  sessionId: string;
  signedInAt: number;
  /** The trusted-device cookie this browser gets now (lib/auth/trusted-device.ts): set it with the session. */
  trustedDevice: { name: string; value: string; maxAge: number };
};

type RequestLike = { headers?: Headers | Record<string, string | string[] | undefined> };

export class SignInLockedError extends Error {
  override readonly name = "SignInLockedError";

  constructor(
    readonly lock: Lock,
    options: { linkOffered?: boolean } = {},
  ) {
    super(lockErrorCode(lock, options));
  }
}

export async function signInWithPassword(
  credentials: unknown,
  request: RequestLike | undefined,
  options: ClientIpOptions & { now?: Date; secureCookies?: boolean; deliver?: Deliver } = {},
): Promise<SignedInUser | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email } = parsed.data;
  const headers = request?.headers ?? {};
  const ip = clientIp(headers, options);
  const now = options.now ?? new Date();
  const cookieName = trustedDeviceCookieName(options.secureCookies ?? false);
  const device = trustedDeviceOf(cookieValue(header(headers, "cookie") ?? undefined, cookieName), email, now);

  const attempt = await recordSignInAttempt(email, ip, now, device);
  if (attempt.lock) {
    // A trusted browser's lock is of its own making. Any other lock strangers can fill, so a browser the account does
    // not know is offered the second proof: a link emailed if the password was right, the same answer if not.
    if (device) throw new SignInLockedError(attempt.lock);
    await offerSignInLink(parsed.data, { ip, now, deliver: options.deliver });
    throw new SignInLockedError(attempt.lock, { linkOffered: true });
  }

  const user = await authenticateWithPassword(parsed.data);
  if (!user) {
    if (attempt.lastAllowed) throw new SignInLockedError(await accountLockAfterFailure(email, now, device));
    return null;
  }
  await markAttemptSucceeded(attempt.id);
  const session = await createUserSession({ userId: user.id, ip, userAgent: header(headers, "user-agent"), now });
  const trustedDevice = { name: cookieName, ...issueTrustedDevice(email, now) };
  return { ...user, sessionId: session.id, signedInAt: session.signedInAt, trustedDevice };
}

function header(headers: NonNullable<RequestLike["headers"]>, name: string): string | null {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

-- Sign-in attempts made from a browser that proved an earlier sign-in to the same account (a trusted device) are
-- counted per device, apart from untrusted clients' attempts (docs/decisions/0011-request-hardening.md).
ALTER TABLE "sign_in_attempts" ADD COLUMN "device" TEXT;

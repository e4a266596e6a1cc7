-- One-time sign-in links, emailed when the sign-in limits refuse a right password from a browser the account does not
-- know (docs/decisions/0017-sign-in-under-attack.md).
ALTER TYPE "TokenPurpose" ADD VALUE 'SIGN_IN_LINK';
ALTER TYPE "EmailKind" ADD VALUE 'SIGN_IN_LINK' BEFORE 'OTHER';

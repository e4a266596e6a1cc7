// What a new password must be, in one place (NIST SP 800-63B): long enough, not on a list of common or guessable
// passwords, not made of the person's email or this site's name. No composition rules ("one capital, one digit"),
// which push people to "Password1!" and add nothing. Pure: no database, no Next, so it is unit-tested directly and
// the forms and mutations all ask the same question.
//
// Length is counted in Unicode code points, as a person counts characters: "🕊️" is not four characters, and a
// passphrase in Arabic or Chinese is measured by what was typed, not by UTF-16 units. Passwords are never
// truncated or trimmed: argon2 receives the whole string (lib/auth/password.ts).
import { PASSWORD_MAX_LENGTH } from "./sign-in";
import commonPasswordList from "./common-passwords.json";

const PASSWORD_MIN_CHARACTERS = 12;
/** A code point is at most two UTF-16 units, so every password allowed here also fits the sign-in form's limit. */
export const PASSWORD_MAX_CHARACTERS = PASSWORD_MAX_LENGTH / 2;

export type PasswordProblem = "too_short" | "too_long" | "common" | "contains_email" | "site_word";

/**
 * The most common passwords of the "10 million passwords" list (SecLists, top 1,000 without offensive words) plus
 * the "password" family that list leaves out and common long ones. Lower-cased.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set(commonPasswordList);

/**
 * This site's and the network's own words, in each of the site's six languages (glossary.json's renderings, written
 * without spaces and accents): the first things anyone guessing a password here would try.
 */
const SITE_WORDS = [
  ...["wps", "focalpoint", "secretariat", "unwomen", "womenpeaceandsecurity", "commitmentstracker"],
  ...["coordonnateur", "coordonnatrice", "onufemmes", "femmesetlapaixetlasecurite", "suividesengagements"],
  ...["coordinador", "coordinadora", "onumujeres", "mujeresylapazylaseguridad", "seguimientodeloscompromisos"],
  ...["координатор", "секретариат", "оонженщины", "женщиныимирибезопасность", "мониторингобязательств"],
  ...["جهةالتنسيق", "جهاتالتنسيق", "هيئةالاممالمتحدةللمراة", "المراةوالسلاموالامن", "متتبعالالتزامات"],
  ...["协调人", "秘书处", "妇女署", "妇女与和平与安全", "承诺追踪"],
].map(withoutMarks);

/** "Sécurité" and "securite", "المرأة" and "المراة", "ё" and "е": the same guess, typed with or without marks. */
function withoutMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** Runs along the keyboard, the alphabet and the digits, in the layouts our users type on. */
const SEQUENCES = [
  "abcdefghijklmnopqrstuvwxyz",
  "0123456789",
  "qwertyuiopasdfghjklzxcvbnm",
  "azertyuiopqsdfghjklmwxcvbn",
  "qwertzuiopasdfghjklyxcvbnm",
  "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
  "qazwsxedcrfvtgbyhnujmikolp",
  "1q2w3e4r5t6y7u8i9o0p",
  "q1w2e3r4t5y6u7i8o9p0",
];

/** An email's local part shorter than this is too likely to occur by chance in a passphrase to forbid it. */
const MIN_LOCAL_PART_CHECKED = 4;

export function countCharacters(password: string): number {
  let count = 0;
  for (const _ of password) count++;
  return count;
}

/** Every reason `password` cannot be used, in the order a person should fix them; empty when it is acceptable. */
export function passwordProblems(password: string, context: { email?: string | null } = {}): PasswordProblem[] {
  const length = countCharacters(password);
  if (length > PASSWORD_MAX_CHARACTERS) return ["too_long"];
  if (length < PASSWORD_MIN_CHARACTERS) return ["too_short"];
  const lower = password.normalize("NFKC").toLowerCase();
  // Separators people put between words: "correct-horse battery.staple" is the same guess as without them.
  const compact = lower.replace(/[\s._-]+/g, "");
  const problems: PasswordProblem[] = [];
  if (context.email && containsEmail(lower, compact, context.email)) problems.push("contains_email");
  const [plain, plainCompact] = [withoutMarks(lower), withoutMarks(compact)];
  if (SITE_WORDS.some((word) => plain.includes(word) || (word.length > 3 && plainCompact.includes(word)))) {
    problems.push("site_word");
  }
  if (isGuessable(lower, compact)) problems.push("common");
  return problems;
}

function containsEmail(lower: string, compact: string, email: string): boolean {
  const address = email.trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  if (lower === address || lower.includes(address)) return true;
  if (countCharacters(localPart) < MIN_LOCAL_PART_CHECKED) return false;
  return lower.includes(localPart) || compact.includes(localPart.replace(/[._-]+/g, ""));
}

function isGuessable(lower: string, compact: string): boolean {
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(compact)) return true;
  // A common password dressed up with digits or symbols: "Password2024!", "!!dragon123456".
  const core = compact.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core !== compact && COMMON_PASSWORDS.has(core)) return true;
  return isRepetition(compact) || isSequence(compact);
}

/** "abcabcabcabc", "passwordpassword", "197819781978": a piece shorter than the minimum, repeated, is that piece. */
function isRepetition(value: string): boolean {
  for (let size = 1; size < PASSWORD_MIN_CHARACTERS && size <= value.length / 2; size++) {
    const unit = value.slice(0, size);
    if (unit.repeat(Math.ceil(value.length / size)).slice(0, value.length) === value) return true;
  }
  return false;
}

/** "123456789012", "qwertyuiopas", "zyxwvutsrqpo": a run along one of SEQUENCES, either way, wrapping around. */
function isSequence(value: string): boolean {
  return SEQUENCES.some((sequence) => {
    const forwards = sequence.repeat(Math.ceil(value.length / sequence.length) + 1);
    const backwards = [...forwards].reverse().join("");
    return forwards.includes(value) || backwards.includes(value);
  });
}

/**
 * An Arabic word as it is seen: each letter in the form its neighbours give it (Unicode's presentation forms:
 * isolated, final, initial, medial, and the lam-alef ligatures), from left to right. next/og (satori) measures a
 * word letter by letter but draws it shaped, so a word it shapes itself is drawn narrower than the room it takes;
 * shaped beforehand, it is measured as drawn. Marks (harakat) stay with their letter.
 */
export function visualArabic(word: string): string {
  const chars = [...word];
  const letters = chars.map((char, index) => ({ char, index })).filter(({ char }) => !MARK.test(char));
  const shaped: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    const { char, index } = letters[i]!;
    const previous = letters[i - 1]?.char;
    const next = letters[i + 1]?.char;
    const joinsPrevious = previous !== undefined && joinsForward(previous) && joinsBack(char);
    const marks = marksAfter(chars, index);
    const ligature = char === LAM && next !== undefined ? LAM_ALEF.get(next) : undefined;
    if (ligature) {
      shaped.push(ligature[joinsPrevious ? 1 : 0] + marks + marksAfter(chars, letters[i + 1]!.index));
      i++;
      continue;
    }
    const joinsNext = next !== undefined && joinsForward(char) && joinsBack(next);
    const forms = FORMS.get(char);
    const form = forms?.[joinsPrevious ? (joinsNext ? 3 : 1) : joinsNext ? 2 : 0] ?? char;
    const unit = (MIRRORED.get(form) ?? form) + marks;
    // Digits and Latin letters inside the word (a year, "2018م") keep their own order.
    if (KEEPS_ORDER.test(char) && KEEPS_ORDER.test(letters[i - 1]?.char ?? "")) shaped[shaped.length - 1] += unit;
    else shaped.push(unit);
  }
  return shaped.reverse().join("");
}

const KEEPS_ORDER = /[0-9A-Za-z\u0660-\u0669\u06f0-\u06f9]/;
const MARK = /\p{M}/u;
const LAM = "\u0644";
const TATWEEL = "\u0640";

function marksAfter(chars: string[], index: number): string {
  let marks = "";
  for (let i = index + 1; i < chars.length && MARK.test(chars[i]!); i++) marks += chars[i];
  return marks;
}

/** A letter that joins the one after it: it has initial and medial forms (tatweel joins both ways). */
function joinsForward(char: string): boolean {
  return char === TATWEEL || (FORMS.get(char)?.length ?? 0) === 4;
}

/** A letter that joins the one before it: it has a final form. */
function joinsBack(char: string): boolean {
  return char === TATWEEL || (FORMS.get(char)?.length ?? 0) >= 2;
}

/**
 * Each letter's presentation forms, in Unicode's order (isolated, final, initial, medial; two for a letter that only
 * joins back), read from the compatibility decompositions of the presentation-form blocks; Forms-B first.
 */
const FORMS = new Map<string, string[]>();
const LAM_ALEF = new Map<string, string[]>();
for (const [start, end] of [
  [0xfe80, 0xfefc],
  [0xfb50, 0xfbff],
] as const) {
  const found = new Map<string, string[]>();
  for (let code = start; code <= end; code++) {
    const form = String.fromCodePoint(code);
    const base = form.normalize("NFKC");
    if (base === form) continue;
    if (base.length === 2 && base[0] === LAM) LAM_ALEF.set(base[1]!, [...(LAM_ALEF.get(base[1]!) ?? []), form]);
    else if (base.length === 1) found.set(base, [...(found.get(base) ?? []), form]);
  }
  for (const [base, forms] of found) if (!FORMS.has(base) && [1, 2, 4].includes(forms.length)) FORMS.set(base, forms);
}

/** Paired signs drawn the other way round in right-to-left text. */
const MIRRORED = new Map(["()", ")(", "[]", "][", "{}", "}{", "<>", "><", "«»", "»«"].map(([a, b]) => [a!, b!]));

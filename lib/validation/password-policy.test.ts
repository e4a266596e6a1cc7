import { describe, expect, it } from "vitest";
import { countCharacters, PASSWORD_MAX_CHARACTERS, passwordProblems } from "./password-policy";

const EMAIL = "amina.diallo@example.org";

describe("passwordProblems", () => {
  it("accepts a passphrase of ordinary words, with no composition rules", () => {
    expect(passwordProblems("river lantern cobalt orchard")).toEqual([]);
    expect(passwordProblems("all lower case and no digits")).toEqual([]);
    expect(passwordProblems("tea-kettle-sings-at-dawn", { email: EMAIL })).toEqual([]);
  });

  it("wants at least 12 characters, counted as a person counts them (code points, not UTF-16 units)", () => {
    expect(passwordProblems("eleven char")).toEqual(["too_short"]);
    expect(passwordProblems("twelve chars")).toEqual([]);
    // Eleven emoji are 22 UTF-16 units but eleven characters.
    const elevenDoves = "🕊".repeat(11);
    expect(elevenDoves.length).toBe(22);
    expect(countCharacters(elevenDoves)).toBe(11);
    expect(passwordProblems(elevenDoves)).toEqual(["too_short"]);
    expect(passwordProblems("سلام عليكم يا صديقي")).toEqual([]);
    expect(passwordProblems("和平与安全的妇女议程很重要")).toEqual([]);
  });

  it("allows long passphrases: no maximum below a thousand characters", () => {
    expect(passwordProblems("lantern river ".repeat(80).slice(0, 1000))).toEqual([]);
    expect(passwordProblems("x".repeat(PASSWORD_MAX_CHARACTERS) + "y")).toEqual(["too_long"]);
    expect(PASSWORD_MAX_CHARACTERS).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ["a password from the common list", "qwertyuiop123"],
    ["the password family, in any case", "PASSWORD12345"],
    ["a common password with digits and symbols around it", "Dragon2024!!!"],
    ["a common word with a year", "!!sunshine1985"],
    ["the famous example passphrase", "correct horse battery staple"],
    ["a repeated short piece", "abcabcabcabc"],
    ["a repeated word", "monkeymonkey"],
    ["a repeated year", "1978197819781978"],
    ["one character twelve times", "aaaaaaaaaaaa"],
    ["digits in a row", "123456789012"],
    ["digits backwards", "987654321098"],
    ["a keyboard run", "qwertyuiopas"],
    ["a diagonal keyboard run", "1qaz2wsx3edc4rfv"],
    ["the alphabet", "abcdefghijklmnop"],
  ])("refuses %s", (_label, password) => {
    expect(passwordProblems(password)).toContain("common");
  });

  it("refuses the email address and passwords containing its local part", () => {
    expect(passwordProblems(EMAIL, { email: EMAIL })).toContain("contains_email");
    expect(passwordProblems("Amina.Diallo is my name", { email: EMAIL })).toContain("contains_email");
    expect(passwordProblems("call aminadiallo tomorrow", { email: EMAIL })).toContain("contains_email");
    // A very short local part would forbid too many ordinary words.
    expect(passwordProblems("enjoy the long summer", { email: "jo@example.org" })).toEqual([]);
  });

  it("refuses the site's and the network's own words", () => {
    expect(passwordProblems("my wps account 2024")).toContain("site_word");
    expect(passwordProblems("Focal Point forever!")).toContain("site_word");
    expect(passwordProblems("the secretariat tea")).toContain("site_word");
    expect(passwordProblems("UN-Women-rocks-2025")).toContain("site_word");
  });

  it("refuses them in each of the site's languages, with or without accents", () => {
    for (const password of [
      "Coordonnatrice du réseau",
      "ONU-Femmes pour toujours",
      "femmes et la paix et la sécurité",
      "mi coordinador favorito",
      "ONU Mujeres 2025 ok",
      "Координатор навсегда",
      "оон женщины навсегда",
      "جهة التنسيق الأولى",
      "المرأة والسلام والأمن",
      "我是协调人，这是我的密码",
      "妇女与和平与安全是我们的工作",
    ])
      expect(passwordProblems(password), password).toContain("site_word");
    expect(passwordProblems("la paix des ménages")).toEqual([]);
  });

  it("never trims: surrounding spaces are part of the password", () => {
    expect(passwordProblems("   eleven c ")).toEqual([]);
    expect(passwordProblems("  ab  ")).toEqual(["too_short"]);
  });
});

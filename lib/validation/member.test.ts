import { describe, expect, it } from "vitest";
import { fieldErrorsFrom } from "./field-errors";
import { memberSchema } from "./member";

const errors = (input: Record<string, unknown>) => {
  const result = memberSchema.safeParse(input);
  return result.success ? null : fieldErrorsFrom(result.error);
};

describe("memberSchema", () => {
  it("accepts a member state with a known ISO code, capitalised, and makes the slug from the name", () => {
    expect(
      memberSchema.parse({
        name: "Côte d’Ivoire",
        kind: "MEMBER_STATE",
        isoCode: " civ ",
        regionalGroup: "AFRICAN",
        slug: "",
      }),
    ).toEqual({
      name: "Côte d’Ivoire",
      kind: "MEMBER_STATE",
      isoCode: "CIV",
      regionalGroup: "AFRICAN",
      slug: "cote-d-ivoire",
    });
  });

  it("refuses an ISO code that is not on the ISO 3166 list", () => {
    expect(errors({ name: "Atlantis", kind: "MEMBER_STATE", isoCode: "ATL", regionalGroup: "AFRICAN" })).toEqual({
      isoCode: ["isoCode.unknown"],
    });
  });

  it("requires an ISO code and a regional group for member states only", () => {
    expect(errors({ name: "Somewhere", kind: "MEMBER_STATE" })).toEqual({
      isoCode: ["isoCode.requiredForStates"],
      regionalGroup: ["regionalGroup.requiredForStates"],
    });
    expect(
      memberSchema.parse({ name: "ECOWAS", kind: "REGIONAL_ORGANISATION", isoCode: "", regionalGroup: "" }),
    ).toEqual({
      name: "ECOWAS",
      kind: "REGIONAL_ORGANISATION",
      slug: "ecowas",
    });
  });

  it("explains a missing name, a bad slug and an unknown kind", () => {
    expect(errors({ name: " ", kind: "PLANET", slug: "Not A Slug" })).toEqual({
      name: ["name.required"],
      slug: ["slug.invalid"],
      kind: ["kind.required"],
    });
  });
});

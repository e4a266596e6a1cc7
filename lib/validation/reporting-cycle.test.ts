import { describe, expect, it } from "vitest";
import { createCycleSchema, cycleFieldErrorsOf, dueDateSchema, slugFromName } from "./reporting-cycle";

const valid = { name: "2027–2028", slug: "", startsOn: "2027-04-01", endsOn: "2028-03-31", dueOn: "2028-03-01" };

function errorsOf(input: unknown) {
  const result = createCycleSchema.safeParse(input);
  return result.success ? {} : cycleFieldErrorsOf(result.error);
}

describe("createCycleSchema", () => {
  it("accepts a cycle, with its dates as midnight UTC and a slug made from the name", () => {
    expect(createCycleSchema.parse(valid)).toEqual({
      name: "2027–2028",
      slug: "2027-2028",
      startsOn: new Date("2027-04-01T00:00:00Z"),
      endsOn: new Date("2028-03-31T00:00:00Z"),
      dueOn: new Date("2028-03-01T00:00:00Z"),
    });
    expect(createCycleSchema.parse({ ...valid, slug: " cycle-7 " }).slug).toBe("cycle-7");
  });

  it("names each problem by field, as message keys", () => {
    expect(errorsOf({ ...valid, name: " ", startsOn: "2027-02-30", endsOn: "31/03/2028", slug: "Not A Slug" })).toEqual(
      {
        name: ["name.required"],
        slug: ["slug.invalid"],
        startsOn: ["startsOn.invalid"],
        endsOn: ["endsOn.invalid"],
      },
    );
    expect(errorsOf({})).toMatchObject({ name: ["name.required"], dueOn: ["dueOn.required"] });
  });

  it("wants the last day after the first and the due date within the cycle", () => {
    expect(errorsOf({ ...valid, endsOn: "2027-04-01" })).toMatchObject({ endsOn: ["endsOn.beforeStart"] });
    expect(errorsOf({ ...valid, dueOn: "2028-04-01" })).toEqual({ dueOn: ["dueOn.outsideCycle"] });
    expect(errorsOf({ ...valid, dueOn: "2027-03-31" })).toEqual({ dueOn: ["dueOn.outsideCycle"] });
  });
});

describe("dueDateSchema", () => {
  it("accepts a real day only", () => {
    expect(dueDateSchema.parse({ dueOn: "2028-02-29" }).dueOn).toEqual(new Date("2028-02-29T00:00:00Z"));
    expect(dueDateSchema.safeParse({ dueOn: "2027-02-29" }).success).toBe(false);
  });
});

describe("slugFromName", () => {
  it("makes an address-safe slug, or nothing", () => {
    expect(slugFromName("Cycle 2027–2028 (Berlin)")).toBe("cycle-2027-2028-berlin");
    expect(slugFromName("Année d’été")).toBe("annee-d-ete");
    expect(slugFromName("日本")).toBe("");
  });
});

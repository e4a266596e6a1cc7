import { describe, expect, it } from "vitest";
import {
  BEFORE_DUE_DAYS,
  daysUntilDue,
  manualReminderKind,
  OVERDUE_AFTER_DAYS,
  scheduledReminderOn,
  type ReminderKind,
} from "./reminder-schedule";

const DUE = new Date("2027-03-01T00:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("scheduledReminderOn", () => {
  it.each<[string, ReminderKind | null, string]>([
    ["2027-02-14", null, "the day before the before-due window"],
    ["2027-02-15", "REMINDER_BEFORE_DUE", `${BEFORE_DUE_DAYS} days before the due date`],
    ["2027-02-28", "REMINDER_BEFORE_DUE", "the day before the due date"],
    ["2027-03-01", "REMINDER_DUE", "the due date"],
    ["2027-03-07", "REMINDER_DUE", "a missed cron run still gets the due-date reminder later in the week"],
    ["2027-03-08", "REMINDER_OVERDUE", `${OVERDUE_AFTER_DAYS} days after the due date`],
    ["2027-06-30", "REMINDER_OVERDUE", "months later, while the cycle is still open"],
    ["2026-11-29", null, "months before"],
  ])("on %s it is %s (%s)", (today, expected) => {
    expect(scheduledReminderOn(day(today), DUE)).toBe(expected);
  });

  it("compares UTC calendar days, whatever the time of day", () => {
    expect(scheduledReminderOn(new Date("2027-02-28T23:59:59Z"), DUE)).toBe("REMINDER_BEFORE_DUE");
    expect(scheduledReminderOn(new Date("2027-03-01T00:00:01Z"), DUE)).toBe("REMINDER_DUE");
    expect(scheduledReminderOn(new Date("2027-03-07T23:59:59Z"), DUE)).toBe("REMINDER_DUE");
  });
});

describe("manualReminderKind", () => {
  it("words a reminder sent by hand after where the due date stands, any day", () => {
    expect(manualReminderKind(day("2026-11-29"), DUE)).toBe("REMINDER_BEFORE_DUE");
    expect(manualReminderKind(day("2027-03-01"), DUE)).toBe("REMINDER_DUE");
    expect(manualReminderKind(day("2027-03-02"), DUE)).toBe("REMINDER_OVERDUE");
  });
});

describe("daysUntilDue", () => {
  it("is positive before, zero on and negative after the due date", () => {
    expect(daysUntilDue(day("2027-02-27"), DUE)).toBe(2);
    expect(daysUntilDue(new Date("2027-03-01T18:00:00Z"), DUE)).toBe(0);
    expect(daysUntilDue(day("2027-03-04"), DUE)).toBe(-3);
  });
});

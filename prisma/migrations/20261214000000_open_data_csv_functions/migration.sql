-- The open data's bulk CSV files are written by COPY (lib/data/open-data/copy-csv.ts), so the cells computed in
-- TypeScript elsewhere are computed here too, rule for rule, by small immutable functions that PostgreSQL inlines.
-- lib/data/open-data/csv-sql.int.test.ts checks each against its TypeScript twin.
-- (Prisma's engine splits this file at every semicolon, comments included: the bodies below have none.)

-- A text cell (lib/open-data/cells.ts): empty text is no value (COPY writes NULL as an empty cell, but quotes an
-- empty string), and text a spreadsheet would run as a formula gets a leading single quote
-- (lib/open-data/neutralise-formula.ts: it starts with = + - @ tab or carriage return, code points 61 43 45 64 9 13).
-- ascii() compares the first code point as an integer, without a substring, and gives 0 for an empty text.
CREATE FUNCTION csv_text(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN ascii(value) IN (61, 43, 45, 64, 9, 13) THEN '''' || value
  ELSE nullif(value, '')
END;

-- Share (0 to 1) of the days from pledge to target that have passed: elapsedShare in lib/domain/schedule.ts.
CREATE FUNCTION schedule_elapsed_share(pledged_on date, target_date date, today date) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN target_date <= pledged_on THEN 1
  ELSE least(1, greatest(0, (today - pledged_on)::float8 / (target_date - pledged_on)::float8))
END;

-- computeSchedule (lib/domain/schedule.ts, decision 0005): the first rule that applies. milestone_missed: a
-- milestone due before today is not reached.
CREATE FUNCTION commitment_schedule(
  today date, pledged_on date, target_date date, status "ImplementationStatus", percent integer,
  milestone_missed boolean
) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN status IN ('COMPLETED', 'DISCONTINUED') THEN 'DONE'
  WHEN target_date IS NULL THEN 'NO_TARGET'
  WHEN target_date < today THEN 'OVERDUE'
  WHEN milestone_missed THEN 'OFF_TRACK'
  WHEN (status IS NULL OR status = 'NOT_STARTED')
    AND schedule_elapsed_share(pledged_on, target_date, today) >= 0.5 THEN 'OFF_TRACK'
  WHEN target_date - today <= 90 AND status IS DISTINCT FROM 'SUBSTANTIALLY_COMPLETE' THEN 'AT_RISK'
  WHEN percent < schedule_elapsed_share(pledged_on, target_date, today) * 100 - 25 THEN 'AT_RISK'
  ELSE 'ON_TRACK'
END;

-- computeFreshness (lib/domain/freshness.ts, decision 0005), in UTC calendar days: NULL before the first cycle.
CREATE FUNCTION commitment_freshness(
  today date, pledged_on date, last_published_on date,
  current_starts_on date, current_due_on date, previous_starts_on date, previous_ends_on date
) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN current_starts_on IS NULL THEN NULL
  WHEN last_published_on >= current_starts_on THEN 'REPORTED'
  WHEN previous_starts_on IS NOT NULL AND pledged_on <= previous_ends_on
    AND (last_published_on IS NULL OR last_published_on < previous_starts_on) THEN 'INACTIVE'
  WHEN today <= current_due_on OR pledged_on > current_due_on THEN 'DUE'
  ELSE 'NOT_REPORTED'
END;

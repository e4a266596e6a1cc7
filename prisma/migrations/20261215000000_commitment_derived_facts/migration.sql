-- Facts derived from other tables, kept on each commitment row so that reading every commitment (the bulk CSV,
-- lib/data/open-data/commitments-csv-sql.ts) aggregates nothing: its latest published update's verification and
-- demonstration flag and its number of published updates (from progress_updates), and its themes' canonical names
-- and slugs in theme order (from commitment_themes and themes). Triggers keep them, whoever writes (the app, an import,
-- a seed, psql), in the writing transaction. Statement-level triggers with transition tables: a bulk insert refreshes
-- its commitments in one statement, not one per row. Each refresh first locks the commitments it refreshes, so two
-- transactions changing one commitment's updates refresh it one after the other, the second from what the first
-- committed (in READ COMMITTED each statement of a plpgsql function reads anew).
-- lib/data/open-data/csv-sql.int.test.ts proves them equal to the aggregates they replace.
-- (Prisma's engine splits this file at every semicolon, comments included: the bodies below spell them \073.)

ALTER TABLE "commitments"
  ADD COLUMN "latest_verification" "Verification",
  ADD COLUMN "latest_update_is_demo" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "published_update_count" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "theme_names" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "theme_slugs" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];

CREATE FUNCTION "refresh_commitment_publication"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS E'BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN\073
  END IF\073
  PERFORM 1 FROM commitments WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE\073
  UPDATE commitments c
  SET latest_verification = f.verification, latest_update_is_demo = f.is_demo, published_update_count = f.count
  FROM (
    SELECT x.id, latest.verification, coalesce(latest.is_demo, false) AS is_demo, coalesce(n.count, 0) AS count
    FROM unnest(ids) AS x(id)
    LEFT JOIN (
      SELECT DISTINCT ON (u.commitment_id) u.commitment_id, u.verification, u.is_demo
      FROM progress_updates u WHERE u.commitment_id = ANY (ids) AND u.review_state = ''PUBLISHED''
      ORDER BY u.commitment_id, u.published_at DESC, u.created_at DESC
    ) latest ON latest.commitment_id = x.id
    LEFT JOIN (
      SELECT u.commitment_id, count(*)::int AS count
      FROM progress_updates u WHERE u.commitment_id = ANY (ids) AND u.review_state = ''PUBLISHED''
      GROUP BY u.commitment_id
    ) n ON n.commitment_id = x.id
  ) f
  WHERE c.id = f.id
    AND (c.latest_verification, c.latest_update_is_demo, c.published_update_count)
      IS DISTINCT FROM (f.verification, f.is_demo, f.count)\073
END';

-- The commitments whose published updates a statement on progress_updates may have changed.
CREATE FUNCTION "progress_updates_refresh_publication"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM refresh_commitment_publication(ARRAY(
      SELECT DISTINCT commitment_id FROM new_rows WHERE review_state = ''PUBLISHED''))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM refresh_commitment_publication(ARRAY(
      SELECT DISTINCT commitment_id FROM old_rows WHERE review_state = ''PUBLISHED''))\073
  ELSE
    PERFORM refresh_commitment_publication(ARRAY(
      SELECT DISTINCT changed.commitment_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (o.commitment_id), (n.commitment_id)) AS changed(commitment_id)
      WHERE (o.review_state = ''PUBLISHED'' OR n.review_state = ''PUBLISHED'')
        AND (o.commitment_id, o.review_state, o.published_at, o.created_at, o.verification, o.is_demo)
          IS DISTINCT FROM (n.commitment_id, n.review_state, n.published_at, n.created_at, n.verification, n.is_demo)))\073
  END IF\073
  RETURN NULL\073
END';
CREATE TRIGGER "progress_updates_refresh_publication_insert" AFTER INSERT ON "progress_updates"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "progress_updates_refresh_publication"();
CREATE TRIGGER "progress_updates_refresh_publication_update" AFTER UPDATE ON "progress_updates"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "progress_updates_refresh_publication"();
CREATE TRIGGER "progress_updates_refresh_publication_delete" AFTER DELETE ON "progress_updates"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "progress_updates_refresh_publication"();

CREATE FUNCTION "refresh_commitment_themes"(ids uuid[]) RETURNS void LANGUAGE plpgsql AS E'BEGIN
  IF cardinality(ids) = 0 THEN
    RETURN\073
  END IF\073
  PERFORM 1 FROM commitments WHERE id = ANY (ids) ORDER BY id FOR NO KEY UPDATE\073
  UPDATE commitments c SET theme_names = f.names, theme_slugs = f.slugs
  FROM (
    SELECT x.id,
      coalesce(array_agg(t.name ORDER BY t.sort_order, t.name) FILTER (WHERE t.id IS NOT NULL), ''{}'') AS names,
      coalesce(array_agg(t.slug ORDER BY t.sort_order, t.name) FILTER (WHERE t.id IS NOT NULL), ''{}'') AS slugs
    FROM unnest(ids) AS x(id)
      LEFT JOIN commitment_themes ct ON ct.commitment_id = x.id
      LEFT JOIN themes t ON t.id = ct.theme_id
    GROUP BY x.id
  ) f
  WHERE c.id = f.id AND (c.theme_names, c.theme_slugs) IS DISTINCT FROM (f.names, f.slugs)\073
END';

CREATE FUNCTION "commitment_themes_refresh_themes"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''INSERT'' THEN
    PERFORM refresh_commitment_themes(ARRAY(SELECT DISTINCT commitment_id FROM new_rows))\073
  ELSIF TG_OP = ''DELETE'' THEN
    PERFORM refresh_commitment_themes(ARRAY(SELECT DISTINCT commitment_id FROM old_rows))\073
  ELSE
    PERFORM refresh_commitment_themes(ARRAY(
      SELECT commitment_id FROM old_rows UNION SELECT commitment_id FROM new_rows))\073
  END IF\073
  RETURN NULL\073
END';
CREATE TRIGGER "commitment_themes_refresh_themes_insert" AFTER INSERT ON "commitment_themes"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "commitment_themes_refresh_themes"();
CREATE TRIGGER "commitment_themes_refresh_themes_update" AFTER UPDATE ON "commitment_themes"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_themes_refresh_themes"();
CREATE TRIGGER "commitment_themes_refresh_themes_delete" AFTER DELETE ON "commitment_themes"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "commitment_themes_refresh_themes"();

-- A theme renamed, re-slugged or moved in the order: every commitment with it.
CREATE FUNCTION "themes_refresh_commitments"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  PERFORM refresh_commitment_themes(ARRAY(
    SELECT DISTINCT ct.commitment_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      JOIN commitment_themes ct ON ct.theme_id = n.id
    WHERE (o.name, o.slug, o.sort_order) IS DISTINCT FROM (n.name, n.slug, n.sort_order)))\073
  RETURN NULL\073
END';
CREATE TRIGGER "themes_refresh_commitments" AFTER UPDATE ON "themes"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "themes_refresh_commitments"();

-- The commitments already there.
UPDATE commitments c
SET latest_verification = latest.verification, latest_update_is_demo = latest.is_demo, published_update_count = latest.count
FROM (
  SELECT DISTINCT ON (u.commitment_id) u.commitment_id, u.verification, u.is_demo,
    count(*) OVER (PARTITION BY u.commitment_id)::int AS count
  FROM progress_updates u WHERE u.review_state = 'PUBLISHED'
  ORDER BY u.commitment_id, u.published_at DESC, u.created_at DESC
) latest
WHERE latest.commitment_id = c.id;

UPDATE commitments c SET theme_names = th.names, theme_slugs = th.slugs
FROM (
  SELECT ct.commitment_id, array_agg(t.name ORDER BY t.sort_order, t.name) AS names,
    array_agg(t.slug ORDER BY t.sort_order, t.name) AS slugs
  FROM commitment_themes ct JOIN themes t ON t.id = ct.theme_id GROUP BY ct.commitment_id
) th
WHERE th.commitment_id = c.id;

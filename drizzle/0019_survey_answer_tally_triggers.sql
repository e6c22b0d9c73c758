-- The survey answer tally (survey_answer_tallies, decision 0015) kept by triggers on survey_responses, so
-- that every write — a submission, a saved page, a paper entry, an erasure, a deletion, a cascade from a
-- deleted survey or office — changes it in the same statement and transaction.
-- What one response adds to the tally: itself (question key ''), each non-open question's answer as
-- jsonb text, and each open question when it is answered ('true'), exactly as the results page groups.
CREATE OR REPLACE FUNCTION kzm_survey_answer_tally(survey uuid, answers jsonb, sensitive jsonb)
RETURNS TABLE (is_sensitive boolean, question_key text, answer text)
LANGUAGE sql STABLE AS $$
	SELECT false, '', ''
	UNION ALL
	SELECT e.is_sensitive, e.key,
		CASE WHEN q.kind IN ('short_text', 'long_text') THEN 'true' ELSE e.value::text END
	FROM (
		SELECT false AS is_sensitive, key, value
		FROM jsonb_each(CASE WHEN jsonb_typeof(answers) = 'object' THEN answers ELSE '{}'::jsonb END)
		UNION ALL
		SELECT true, key, value
		FROM jsonb_each(CASE WHEN jsonb_typeof(sensitive) = 'object' THEN sensitive ELSE '{}'::jsonb END)
	) e
	JOIN survey_questions q ON q.survey_id = survey AND q.key = e.key
	WHERE q.kind NOT IN ('short_text', 'long_text') OR coalesce(btrim(e.value #>> '{}'), '') <> ''
$$;--> statement-breakpoint
-- The changed responses' entries, old ones subtracted and new ones added, in one upsert in key order
-- (two transactions lock the entries they share in the same order). Responses of a survey being deleted
-- are skipped (its tally goes with it); entries that fall to zero are removed. The statement names only
-- the transition tables this trigger has (an insert has no old rows, a deletion no new ones).
CREATE OR REPLACE FUNCTION kzm_survey_answer_tally_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
	changed text := concat_ws(' UNION ALL ',
		CASE WHEN TG_OP <> 'INSERT' THEN 'SELECT *, -1 AS sign FROM kzm_old_responses' END,
		CASE WHEN TG_OP <> 'DELETE' THEN 'SELECT *, 1 AS sign FROM kzm_new_responses' END);
BEGIN
	EXECUTE format($sql$
		INSERT INTO survey_answer_tallies AS t (survey_id, is_complete, is_sensitive, question_key, answer, n)
		SELECT r.survey_id, r.is_complete, e.is_sensitive, e.question_key, e.answer, sum(r.sign)::int
		FROM (%s) r
		CROSS JOIN LATERAL kzm_survey_answer_tally(r.survey_id, r.answers, r.sensitive_answers) e
		WHERE EXISTS (SELECT 1 FROM surveys s WHERE s.id = r.survey_id)
		GROUP BY 1, 2, 3, 4, 5
		ORDER BY 1, 2, 3, 4, 5
		ON CONFLICT (survey_id, is_complete, is_sensitive, question_key, answer) DO UPDATE SET n = t.n + excluded.n
	$sql$, changed);
	IF TG_OP <> 'INSERT' THEN
		DELETE FROM survey_answer_tallies
		WHERE n = 0 AND survey_id IN (SELECT DISTINCT survey_id FROM kzm_old_responses);
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER survey_answer_tally_insert AFTER INSERT ON survey_responses
	REFERENCING NEW TABLE AS kzm_new_responses
	FOR EACH STATEMENT EXECUTE FUNCTION kzm_survey_answer_tally_trigger();--> statement-breakpoint
CREATE TRIGGER survey_answer_tally_update AFTER UPDATE ON survey_responses
	REFERENCING OLD TABLE AS kzm_old_responses NEW TABLE AS kzm_new_responses
	FOR EACH STATEMENT EXECUTE FUNCTION kzm_survey_answer_tally_trigger();--> statement-breakpoint
CREATE TRIGGER survey_answer_tally_delete AFTER DELETE ON survey_responses
	REFERENCING OLD TABLE AS kzm_old_responses
	FOR EACH STATEMENT EXECUTE FUNCTION kzm_survey_answer_tally_trigger();--> statement-breakpoint
-- The responses already stored.
INSERT INTO survey_answer_tallies (survey_id, is_complete, is_sensitive, question_key, answer, n)
SELECT r.survey_id, r.is_complete, e.is_sensitive, e.question_key, e.answer, count(*)::int
FROM survey_responses r CROSS JOIN LATERAL kzm_survey_answer_tally(r.survey_id, r.answers, r.sensitive_answers) e
GROUP BY 1, 2, 3, 4, 5;

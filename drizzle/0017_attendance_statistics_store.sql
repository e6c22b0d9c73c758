CREATE TABLE "attendance_statistics_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL,
	"weight" bigint DEFAULT 1 NOT NULL,
	"folded" boolean DEFAULT false NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attendance_statistics_store" (
	"office_id" uuid NOT NULL,
	"key" text NOT NULL,
	"version" bigint NOT NULL,
	"blocks" json NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_statistics_store_office_id_key_pk" PRIMARY KEY("office_id","key")
);
--> statement-breakpoint
ALTER TABLE "attendance_statistics_store" ADD CONSTRAINT "attendance_statistics_store_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_statistics_changes_office" ON "attendance_statistics_changes" USING btree ("office_id","folded");--> statement-breakpoint
-- Every statement that writes a table the attendance statistics read adds one row per office it touched to
-- attendance_statistics_changes, in the writer's transaction (decision 0036, fourth round). An UPDATE counts
-- only when a row changed in a column other than the ones named as the trigger's arguments (time stamps and
-- marks set by the reminder and feedback jobs, which no figure reads).
CREATE FUNCTION "attendance_statistics_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	ignored text[] := coalesce(TG_ARGV, '{}'::text[]);
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "attendance_statistics_changes" ("office_id") SELECT DISTINCT "office_id" FROM new_rows;
	ELSIF TG_OP = 'DELETE' THEN
		INSERT INTO "attendance_statistics_changes" ("office_id") SELECT DISTINCT "office_id" FROM old_rows;
	ELSE
		INSERT INTO "attendance_statistics_changes" ("office_id")
		SELECT DISTINCT "office_id" FROM (
			(SELECT "office_id", to_jsonb(o) - ignored AS "fields" FROM old_rows AS o
				EXCEPT ALL SELECT "office_id", to_jsonb(n) - ignored FROM new_rows AS n)
			UNION ALL
			(SELECT "office_id", to_jsonb(n) - ignored AS "fields" FROM new_rows AS n
				EXCEPT ALL SELECT "office_id", to_jsonb(o) - ignored FROM old_rows AS o)
		) AS "changed";
	END IF;
	RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "events_statistics_insert" AFTER INSERT ON "events" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "events_statistics_update" AFTER UPDATE ON "events" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"('updated_at');--> statement-breakpoint
CREATE TRIGGER "events_statistics_delete" AFTER DELETE ON "events" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "event_sessions_statistics_insert" AFTER INSERT ON "event_sessions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "event_sessions_statistics_update" AFTER UPDATE ON "event_sessions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"('reminder_queued_at');--> statement-breakpoint
CREATE TRIGGER "event_sessions_statistics_delete" AFTER DELETE ON "event_sessions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "registrations_statistics_insert" AFTER INSERT ON "registrations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "registrations_statistics_update" AFTER UPDATE ON "registrations" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"('updated_at', 'feedback_requested_at');--> statement-breakpoint
CREATE TRIGGER "registrations_statistics_delete" AFTER DELETE ON "registrations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "session_attendance_statistics_insert" AFTER INSERT ON "session_attendance" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "session_attendance_statistics_update" AFTER UPDATE ON "session_attendance" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "session_attendance_statistics_delete" AFTER DELETE ON "session_attendance" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "session_headcounts_statistics_insert" AFTER INSERT ON "session_headcounts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "session_headcounts_statistics_update" AFTER UPDATE ON "session_headcounts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "session_headcounts_statistics_delete" AFTER DELETE ON "session_headcounts" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "attendance_settings_statistics_insert" AFTER INSERT ON "attendance_settings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "attendance_settings_statistics_update" AFTER UPDATE ON "attendance_settings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"('updated_at');--> statement-breakpoint
CREATE TRIGGER "attendance_settings_statistics_delete" AFTER DELETE ON "attendance_settings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "survey_settlements_statistics_insert" AFTER INSERT ON "survey_settlements" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "survey_settlements_statistics_update" AFTER UPDATE ON "survey_settlements" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();--> statement-breakpoint
CREATE TRIGGER "survey_settlements_statistics_delete" AFTER DELETE ON "survey_settlements" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "attendance_statistics_changed"();

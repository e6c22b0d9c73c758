CREATE TABLE "account_links" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"office_id" uuid NOT NULL,
	"email" text NOT NULL,
	"user_id" uuid,
	"name" text DEFAULT '' NOT NULL,
	"password_hash" text DEFAULT '' NOT NULL,
	"locale" text DEFAULT 'sr-Cyrl' NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_duplicate_dismissals" (
	"office_id" uuid NOT NULL,
	"first_id" uuid NOT NULL,
	"second_id" uuid NOT NULL,
	"dismissed_by" uuid,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_duplicate_dismissals_first_id_second_id_pk" PRIMARY KEY("first_id","second_id")
);
--> statement-breakpoint
CREATE TABLE "council_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"vote" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"period" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "annual_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"snapshot" jsonb,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"applicant_type" text NOT NULL,
	"organisation_id" uuid,
	"created_by" uuid,
	"applicant_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"need" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"activities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"indicators" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"budget" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"requested" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"reference" text,
	"version" integer DEFAULT 1 NOT NULL,
	"last_saved_by" uuid,
	"submitted_at" timestamp with time zone,
	"administrative_check" jsonb,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_committee_members" (
	"call_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"is_chair" boolean DEFAULT false NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_committee_members_call_id_user_id_pk" PRIMARY KEY("call_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "call_conflict_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"member_user_id" uuid NOT NULL,
	"has_conflict" boolean NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"declared_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"member_user_id" uuid NOT NULL,
	"points" jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"body_en" text DEFAULT '' NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"attachment_document_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"measure_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"total_budget" integer NOT NULL,
	"min_per_project" integer DEFAULT 0 NOT NULL,
	"max_per_project" integer NOT NULL,
	"co_financing_percent" integer DEFAULT 0 NOT NULL,
	"applicant_types" text[] NOT NULL,
	"group_min_members" integer DEFAULT 5 NOT NULL,
	"cost_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"questions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"criteria" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"min_total_points" integer DEFAULT 0 NOT NULL,
	"tie_rule" text DEFAULT 'first_criterion' NOT NULL,
	"allows_partial_funding" boolean DEFAULT false NOT NULL,
	"publishes_scores" boolean DEFAULT true NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"timetable" text DEFAULT '' NOT NULL,
	"timetable_en" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_key" text GENERATED ALWAYS AS (kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("search_text", ''))) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('serbian'::regconfig, kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("search_text", '')))) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "working_hours_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "dpo_name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "open_data_licence" text DEFAULT 'CC-BY-4.0' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD COLUMN "status" text DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD COLUMN "upload" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD COLUMN "failure" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD COLUMN "rows_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD COLUMN "rows_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD COLUMN "claimed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD COLUMN "initiative_id" uuid;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "cancel_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "search_key" text GENERATED ALWAYS AS (kzm_search_key(coalesce("minutes_html", ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "account_links" ADD CONSTRAINT "account_links_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_links" ADD CONSTRAINT "account_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_first_id_organisations_id_fk" FOREIGN KEY ("first_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_second_id_organisations_id_fk" FOREIGN KEY ("second_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_agenda_item_id_council_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."council_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_warnings" ADD CONSTRAINT "volunteer_warnings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_call_id_funding_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_applications" ADD CONSTRAINT "call_applications_last_saved_by_users_id_fk" FOREIGN KEY ("last_saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_committee_members" ADD CONSTRAINT "call_committee_members_call_id_funding_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_committee_members" ADD CONSTRAINT "call_committee_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_committee_members" ADD CONSTRAINT "call_committee_members_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_conflict_statements" ADD CONSTRAINT "call_conflict_statements_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_conflict_statements" ADD CONSTRAINT "call_conflict_statements_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_scores" ADD CONSTRAINT "call_scores_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_scores" ADD CONSTRAINT "call_scores_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_calls" ADD CONSTRAINT "funding_calls_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_links_email" ON "account_links" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "council_votes_once" ON "council_votes" USING btree ("agenda_item_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_warnings_once" ON "volunteer_warnings" USING btree ("kind","subject_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "annual_reports_office_year" ON "annual_reports" USING btree ("office_id","year");--> statement-breakpoint
CREATE INDEX "call_applications_call" ON "call_applications" USING btree ("call_id","status");--> statement-breakpoint
CREATE INDEX "call_applications_author" ON "call_applications" USING btree ("office_id","created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "call_applications_reference" ON "call_applications" USING btree ("office_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "call_conflict_statements_member" ON "call_conflict_statements" USING btree ("application_id","member_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_scores_member" ON "call_scores" USING btree ("application_id","member_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "funding_calls_office_slug" ON "funding_calls" USING btree ("office_id","slug");--> statement-breakpoint
CREATE INDEX "funding_calls_public" ON "funding_calls" USING btree ("office_id","status","closes_at");--> statement-breakpoint
CREATE INDEX "funding_calls_search_key" ON "funding_calls" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "funding_calls_search_vector" ON "funding_calls" USING gin ("search_vector");
CREATE TABLE "participation_budget_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"code" text NOT NULL,
	"batch" text DEFAULT '' NOT NULL,
	"used_at" timestamp with time zone,
	"used_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_standard_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"area" text NOT NULL,
	"parent_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_standard_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"indicator_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"improvement" text DEFAULT '' NOT NULL,
	"activity_id" uuid,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "work_standard_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"text" text NOT NULL,
	"text_en" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"lodged_by" uuid,
	"lodged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"answer" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "call_application_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"number" text NOT NULL,
	"amount" integer NOT NULL,
	"signed_on" date,
	"tranches" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"interim_report_due" date NOT NULL,
	"final_report_due" date NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"call_id" uuid NOT NULL,
	"number" text NOT NULL,
	"decided_on" date NOT NULL,
	"appeal_until" date NOT NULL,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_discussion_rounds" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"opened_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"tranche" integer NOT NULL,
	"amount" integer NOT NULL,
	"paid_on" date NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "call_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'due' NOT NULL,
	"done" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"spent_lines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"review_comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reminded_before_at" timestamp with time zone,
	"reminded_after_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "call_score_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"member_user_id" uuid NOT NULL,
	"previous_points" jsonb NOT NULL,
	"points" jsonb NOT NULL,
	"comment" text NOT NULL,
	"revised_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "news_articles_public";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "birth_year" integer;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "place" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "profile_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("search_text", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "news_articles" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("search_text", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "opportunities" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("organiser", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("search_text", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("description", '') || ' ' || coalesce("description_en", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("place_name", '') || ' ' || coalesce("search_text", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("description", '') || ' ' || coalesce("description_en", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD COLUMN "image_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_budget_rounds" ADD COLUMN "requires_code" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_categories" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD COLUMN "group_members" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD COLUMN "image_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("problem", '') || ' ' || coalesce("proposal", '') || ' ' || coalesce("place", '') || ' ' || coalesce("group_name", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD COLUMN "group_min_members" integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE "call_applications" ADD COLUMN "partner_organisations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "funding_calls" ADD COLUMN "attachment_kinds" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "funding_calls" ADD COLUMN "search_lead" text GENERATED ALWAYS AS (left(kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("summary", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("search_text", '')), 160)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_budget_codes" ADD CONSTRAINT "participation_budget_codes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_codes" ADD CONSTRAINT "participation_budget_codes_round_id_participation_budget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."participation_budget_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_codes" ADD CONSTRAINT "participation_budget_codes_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_items" ADD CONSTRAINT "work_standard_items_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_items" ADD CONSTRAINT "work_standard_items_parent_id_work_standard_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_standard_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_indicator_id_work_standard_items_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."work_standard_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_version_id_work_standard_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."work_standard_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_versions" ADD CONSTRAINT "work_standard_versions_item_id_work_standard_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."work_standard_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_decision_id_call_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."call_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_lodged_by_users_id_fk" FOREIGN KEY ("lodged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_application_attachments" ADD CONSTRAINT "call_application_attachments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_application_attachments" ADD CONSTRAINT "call_application_attachments_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_application_attachments" ADD CONSTRAINT "call_application_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_contracts" ADD CONSTRAINT "call_contracts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_contracts" ADD CONSTRAINT "call_contracts_call_id_funding_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_contracts" ADD CONSTRAINT "call_contracts_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_decisions" ADD CONSTRAINT "call_decisions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_decisions" ADD CONSTRAINT "call_decisions_call_id_funding_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_discussion_rounds" ADD CONSTRAINT "call_discussion_rounds_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_discussion_rounds" ADD CONSTRAINT "call_discussion_rounds_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_payments" ADD CONSTRAINT "call_payments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_payments" ADD CONSTRAINT "call_payments_contract_id_call_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."call_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reports" ADD CONSTRAINT "call_reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reports" ADD CONSTRAINT "call_reports_contract_id_call_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."call_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score_revisions" ADD CONSTRAINT "call_score_revisions_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_score_revisions" ADD CONSTRAINT "call_score_revisions_member_user_id_users_id_fk" FOREIGN KEY ("member_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_budget_codes_code" ON "participation_budget_codes" USING btree ("round_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_budget_codes_voter" ON "participation_budget_codes" USING btree ("round_id","used_by");--> statement-breakpoint
CREATE INDEX "work_standard_items_office" ON "work_standard_items" USING btree ("office_id","area","position");--> statement-breakpoint
CREATE UNIQUE INDEX "work_standard_ratings_year" ON "work_standard_ratings" USING btree ("office_id","year","indicator_id");--> statement-breakpoint
CREATE INDEX "work_standard_versions_item" ON "work_standard_versions" USING btree ("item_id","created_at");--> statement-breakpoint
CREATE INDEX "call_appeals_decision" ON "call_appeals" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "call_application_attachments_application" ON "call_application_attachments" USING btree ("application_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "call_contracts_application" ON "call_contracts" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "call_contracts_call" ON "call_contracts" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_decisions_call" ON "call_decisions" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_payments_tranche" ON "call_payments" USING btree ("contract_id","tranche");--> statement-breakpoint
CREATE UNIQUE INDEX "call_reports_kind" ON "call_reports" USING btree ("contract_id","kind");--> statement-breakpoint
CREATE INDEX "call_reports_due" ON "call_reports" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "call_score_revisions_application" ON "call_score_revisions" USING btree ("application_id","member_user_id");--> statement-breakpoint
CREATE INDEX "pages_search_lead" ON "pages" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "news_articles_search_lead" ON "news_articles" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "opportunities_search_lead" ON "opportunities" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "documents_search_lead" ON "documents" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "events_period" ON "events" USING gist (tstzrange("starts_at", greatest("starts_at", "ends_at"), '[]'));--> statement-breakpoint
CREATE INDEX "events_search_lead" ON "events" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_search_lead" ON "organisations" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "participation_initiatives_search_lead" ON "participation_initiatives" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "funding_calls_search_lead" ON "funding_calls" USING gin ("search_lead" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "news_articles_public" ON "news_articles" USING btree ("office_id","status","publish_at","id");
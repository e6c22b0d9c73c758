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
ALTER TABLE "funding_calls" ADD CONSTRAINT "funding_calls_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "funding_calls_office_slug" ON "funding_calls" USING btree ("office_id","slug");--> statement-breakpoint
CREATE INDEX "funding_calls_public" ON "funding_calls" USING btree ("office_id","status","closes_at");--> statement-breakpoint
CREATE INDEX "funding_calls_search_key" ON "funding_calls" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "funding_calls_search_vector" ON "funding_calls" USING gin ("search_vector");
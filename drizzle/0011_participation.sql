CREATE TABLE "participation_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"user_id" uuid,
	"is_paper" boolean DEFAULT false NOT NULL,
	"entered_by" uuid,
	"project_ids" jsonb NOT NULL,
	"age_band" text DEFAULT '' NOT NULL,
	"gender" text DEFAULT 'unstated' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_budget_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"estimated_cost" bigint NOT NULL,
	"final_cost" bigint,
	"feasibility" text DEFAULT 'pending' NOT NULL,
	"feasibility_reason" text DEFAULT '' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"progress_note" text DEFAULT '' NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_budget_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"title" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"amount" bigint NOT NULL,
	"rule" text DEFAULT 'within_amount' NOT NULL,
	"max_choices" integer,
	"proposals_from" timestamp with time zone NOT NULL,
	"review_from" timestamp with time zone NOT NULL,
	"voting_from" timestamp with time zone NOT NULL,
	"results_from" timestamp with time zone NOT NULL,
	"implementation_from" timestamp with time zone NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" uuid,
	"author_name" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"is_approved" boolean DEFAULT true NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_follows" (
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_follows_initiative_id_user_id_pk" PRIMARY KEY("initiative_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "participation_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"author_id" uuid,
	"group_name" text DEFAULT '' NOT NULL,
	"show_author_name" boolean DEFAULT false NOT NULL,
	"author_name" text DEFAULT '' NOT NULL,
	"author_age" integer,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"proposal" text NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"category_id" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"rejection_reason" text,
	"rejection_note" text DEFAULT '' NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"support_count" integer DEFAULT 0 NOT NULL,
	"threshold_reached_at" timestamp with time zone,
	"answer_due_at" timestamp with time zone,
	"answer" text DEFAULT '' NOT NULL,
	"answer_en" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	"linked_label" text DEFAULT '' NOT NULL,
	"linked_path" text DEFAULT '' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_key" text GENERATED ALWAYS AS (kzm_search_key(coalesce("title", '') || ' ' || coalesce("problem", '') || ' ' || coalesce("proposal", '') || ' ' || coalesce("place", '') || ' ' || coalesce("group_name", ''))) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('serbian'::regconfig, kzm_search_key(coalesce("title", '') || ' ' || coalesce("problem", '') || ' ' || coalesce("proposal", '') || ' ' || coalesce("place", '') || ' ' || coalesce("group_name", '')))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_poll_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"poll_id" uuid NOT NULL,
	"user_id" uuid,
	"token_hash" text,
	"choices" jsonb NOT NULL,
	"age_band" text DEFAULT '' NOT NULL,
	"gender" text DEFAULT 'unstated' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"question" text NOT NULL,
	"question_en" text DEFAULT '' NOT NULL,
	"options" jsonb NOT NULL,
	"is_multiple" boolean DEFAULT false NOT NULL,
	"audience" text DEFAULT 'everyone' NOT NULL,
	"results_after_vote" boolean DEFAULT true NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_profiles" (
	"office_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"birth_year" integer NOT NULL,
	"gender" text DEFAULT 'unstated' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_profiles_office_id_user_id_pk" PRIMARY KEY("office_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "participation_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"comment_id" uuid,
	"reporter_id" uuid,
	"reason" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "participation_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"pre_moderation" boolean DEFAULT true NOT NULL,
	"support_threshold" integer DEFAULT 30 NOT NULL,
	"answer_days" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_supports" (
	"initiative_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"age_band" text DEFAULT '' NOT NULL,
	"gender" text DEFAULT 'unstated' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_supports_initiative_id_user_id_pk" PRIMARY KEY("initiative_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD CONSTRAINT "participation_ballots_round_id_participation_budget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."participation_budget_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD CONSTRAINT "participation_ballots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_ballots" ADD CONSTRAINT "participation_ballots_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD CONSTRAINT "participation_budget_projects_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD CONSTRAINT "participation_budget_projects_round_id_participation_budget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."participation_budget_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_projects" ADD CONSTRAINT "participation_budget_projects_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_rounds" ADD CONSTRAINT "participation_budget_rounds_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_categories" ADD CONSTRAINT "participation_categories_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_initiative_id_participation_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."participation_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_comments" ADD CONSTRAINT "participation_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_follows" ADD CONSTRAINT "participation_follows_initiative_id_participation_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."participation_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_follows" ADD CONSTRAINT "participation_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD CONSTRAINT "participation_initiatives_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD CONSTRAINT "participation_initiatives_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD CONSTRAINT "participation_initiatives_category_id_participation_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."participation_categories"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_poll_votes" ADD CONSTRAINT "participation_poll_votes_poll_id_participation_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."participation_polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_poll_votes" ADD CONSTRAINT "participation_poll_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_polls" ADD CONSTRAINT "participation_polls_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_profiles" ADD CONSTRAINT "participation_profiles_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_profiles" ADD CONSTRAINT "participation_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_initiative_id_participation_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."participation_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_comment_id_participation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."participation_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_reports" ADD CONSTRAINT "participation_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD CONSTRAINT "participation_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_supports" ADD CONSTRAINT "participation_supports_initiative_id_participation_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."participation_initiatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_supports" ADD CONSTRAINT "participation_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_ballots_voter" ON "participation_ballots" USING btree ("round_id","user_id");--> statement-breakpoint
CREATE INDEX "participation_ballots_round" ON "participation_ballots" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "participation_budget_projects_round" ON "participation_budget_projects" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "participation_categories_office" ON "participation_categories" USING btree ("office_id","sort_order");--> statement-breakpoint
CREATE INDEX "participation_comments_initiative" ON "participation_comments" USING btree ("initiative_id","created_at");--> statement-breakpoint
CREATE INDEX "participation_initiatives_office" ON "participation_initiatives" USING btree ("office_id","status","published_at");--> statement-breakpoint
CREATE INDEX "participation_initiatives_search_key" ON "participation_initiatives" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "participation_initiatives_search_vector" ON "participation_initiatives" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_poll_votes_user" ON "participation_poll_votes" USING btree ("poll_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_poll_votes_token" ON "participation_poll_votes" USING btree ("poll_id","token_hash");--> statement-breakpoint
CREATE INDEX "participation_polls_office" ON "participation_polls" USING btree ("office_id","closes_at");--> statement-breakpoint
CREATE INDEX "participation_reports_open" ON "participation_reports" USING btree ("office_id","resolved_at");--> statement-breakpoint
CREATE INDEX "participation_supports_user" ON "participation_supports" USING btree ("user_id");
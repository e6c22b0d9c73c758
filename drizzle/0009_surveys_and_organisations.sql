CREATE TABLE "focus_group_themes" (
	"focus_group_id" uuid NOT NULL,
	"theme_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "focus_group_themes_focus_group_id_theme_id_pk" PRIMARY KEY("focus_group_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "focus_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text DEFAULT 'focus_group' NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"facilitator" text DEFAULT '' NOT NULL,
	"participant_count" integer DEFAULT 0 NOT NULL,
	"profile" jsonb DEFAULT '{"ageBands":{},"genders":{},"description":""}'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"survey_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs_summary_goals" (
	"summary_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	CONSTRAINT "needs_summary_goals_summary_id_goal_id_pk" PRIMARY KEY("summary_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "research_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_answer_themes" (
	"response_id" uuid NOT NULL,
	"question_key" text NOT NULL,
	"theme_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"coded_by" uuid,
	"coded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_answer_themes_response_id_question_key_theme_id_pk" PRIMARY KEY("response_id","question_key","theme_id")
);
--> statement-breakpoint
CREATE TABLE "survey_invitation_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"code" text NOT NULL,
	"batch" text DEFAULT '' NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"prompt_en" text DEFAULT '' NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"help_en" text DEFAULT '' NOT NULL,
	"is_required" boolean DEFAULT false NOT NULL,
	"is_randomised" boolean DEFAULT false NOT NULL,
	"allows_other" boolean DEFAULT false NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"statements" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scale" jsonb,
	"min_value" integer,
	"max_value" integer,
	"max_choices" integer,
	"condition" jsonb,
	"demographic" text,
	"is_sensitive" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"source" text DEFAULT 'link' NOT NULL,
	"token_hash" text,
	"invitation_code_id" uuid,
	"entered_by" uuid,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sensitive_answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"sensitive_consent" boolean DEFAULT false NOT NULL,
	"current_section" integer DEFAULT 0 NOT NULL,
	"is_complete" boolean DEFAULT false NOT NULL,
	"parental_consent_confirmed" boolean DEFAULT false NOT NULL,
	"parent_email" text,
	"birth_year" integer,
	"age_band" text,
	"gender" text,
	"settlement" text,
	"area_type" text,
	"occupation" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"condition" jsonb
);
--> statement-breakpoint
CREATE TABLE "survey_settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"is_urban" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"introduction_en" text DEFAULT '' NOT NULL,
	"thanks" text DEFAULT '' NOT NULL,
	"thanks_en" text DEFAULT '' NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"target_responses" integer,
	"parental_consent" text DEFAULT 'inform' NOT NULL,
	"sensitive_consent_text" text DEFAULT '' NOT NULL,
	"sensitive_consent_text_en" text DEFAULT '' NOT NULL,
	"results_public" boolean DEFAULT false NOT NULL,
	"copied_from_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"changed_by" uuid,
	"status" text DEFAULT 'applied' NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid
);
--> statement-breakpoint
CREATE TABLE "organisation_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"token_hash" text NOT NULL,
	"sent_to" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"answer" text
);
--> statement-breakpoint
CREATE TABLE "organisation_contact_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"happened_on" date NOT NULL,
	"staff_user_id" uuid,
	"channel" text DEFAULT 'meeting' NOT NULL,
	"subject" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"is_adult" boolean DEFAULT true NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_events" (
	"organisation_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	CONSTRAINT "organisation_events_organisation_id_event_id_pk" PRIMARY KEY("organisation_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"rows" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "organisation_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"birth_year" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_plan_activities" (
	"organisation_id" uuid NOT NULL,
	"activity_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"role" text DEFAULT 'co_implementer' NOT NULL,
	CONSTRAINT "organisation_plan_activities_organisation_id_activity_id_pk" PRIMARY KEY("organisation_id","activity_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_representatives" (
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	CONSTRAINT "organisation_representatives_organisation_id_user_id_pk" PRIMARY KEY("organisation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"review_public_changes" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"registration_number" text DEFAULT '' NOT NULL,
	"registered_on" date,
	"in_ministry_register" boolean DEFAULT false NOT NULL,
	"areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"address" text DEFAULT '' NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"social_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"member_count" integer,
	"young_member_count" integer,
	"logo_media_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"listing" text DEFAULT 'listed' NOT NULL,
	"public_fields" text[] DEFAULT '{website,social}'::text[] NOT NULL,
	"is_partner" boolean DEFAULT false NOT NULL,
	"staff_notes" text DEFAULT '' NOT NULL,
	"merged_into_id" uuid,
	"requested_by_email" text,
	"search_key" text GENERATED ALWAYS AS (kzm_search_key(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("description", '') || ' ' || coalesce("description_en", ''))) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('serbian'::regconfig, kzm_search_key(coalesce("name", '') || ' ' || coalesce("short_name", '') || ' ' || coalesce("description", '') || ' ' || coalesce("description_en", '')))) STORED NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"signed_on" date,
	"starts_on" date,
	"ends_on" date,
	"document_id" uuid,
	"office_commitments" text DEFAULT '' NOT NULL,
	"partner_commitments" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "focus_group_themes" ADD CONSTRAINT "focus_group_themes_focus_group_id_focus_groups_id_fk" FOREIGN KEY ("focus_group_id") REFERENCES "public"."focus_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group_themes" ADD CONSTRAINT "focus_group_themes_theme_id_research_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."research_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_group_themes" ADD CONSTRAINT "focus_group_themes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_groups" ADD CONSTRAINT "focus_groups_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focus_groups" ADD CONSTRAINT "focus_groups_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_summaries" ADD CONSTRAINT "needs_summaries_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_summaries" ADD CONSTRAINT "needs_summaries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_summary_goals" ADD CONSTRAINT "needs_summary_goals_summary_id_needs_summaries_id_fk" FOREIGN KEY ("summary_id") REFERENCES "public"."needs_summaries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_summary_goals" ADD CONSTRAINT "needs_summary_goals_goal_id_plan_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs_summary_goals" ADD CONSTRAINT "needs_summary_goals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "research_themes" ADD CONSTRAINT "research_themes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer_themes" ADD CONSTRAINT "survey_answer_themes_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer_themes" ADD CONSTRAINT "survey_answer_themes_theme_id_research_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."research_themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer_themes" ADD CONSTRAINT "survey_answer_themes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_answer_themes" ADD CONSTRAINT "survey_answer_themes_coded_by_users_id_fk" FOREIGN KEY ("coded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_codes" ADD CONSTRAINT "survey_invitation_codes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_codes" ADD CONSTRAINT "survey_invitation_codes_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_questions" ADD CONSTRAINT "survey_questions_section_id_survey_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."survey_sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_code_id_survey_invitation_codes_id_fk" FOREIGN KEY ("invitation_code_id") REFERENCES "public"."survey_invitation_codes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sections" ADD CONSTRAINT "survey_sections_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_sections" ADD CONSTRAINT "survey_sections_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_settlements" ADD CONSTRAINT "survey_settlements_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_changes" ADD CONSTRAINT "organisation_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_confirmations" ADD CONSTRAINT "organisation_confirmations_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_confirmations" ADD CONSTRAINT "organisation_confirmations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contact_log" ADD CONSTRAINT "organisation_contact_log_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contact_log" ADD CONSTRAINT "organisation_contact_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contact_log" ADD CONSTRAINT "organisation_contact_log_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contacts" ADD CONSTRAINT "organisation_contacts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_contacts" ADD CONSTRAINT "organisation_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_events" ADD CONSTRAINT "organisation_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_events" ADD CONSTRAINT "organisation_events_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_events" ADD CONSTRAINT "organisation_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD CONSTRAINT "organisation_imports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_imports" ADD CONSTRAINT "organisation_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_members" ADD CONSTRAINT "organisation_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_plan_activities" ADD CONSTRAINT "organisation_plan_activities_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_plan_activities" ADD CONSTRAINT "organisation_plan_activities_activity_id_plan_activities_id_fk" FOREIGN KEY ("activity_id") REFERENCES "public"."plan_activities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_plan_activities" ADD CONSTRAINT "organisation_plan_activities_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_representatives" ADD CONSTRAINT "organisation_representatives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_representatives" ADD CONSTRAINT "organisation_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_representatives" ADD CONSTRAINT "organisation_representatives_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_representatives" ADD CONSTRAINT "organisation_representatives_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_settings" ADD CONSTRAINT "organisation_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_logo_media_id_media_items_id_fk" FOREIGN KEY ("logo_media_id") REFERENCES "public"."media_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreements" ADD CONSTRAINT "partnership_agreements_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreements" ADD CONSTRAINT "partnership_agreements_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_agreements" ADD CONSTRAINT "partnership_agreements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "focus_groups_office" ON "focus_groups" USING btree ("office_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_summaries_year" ON "needs_summaries" USING btree ("office_id","year");--> statement-breakpoint
CREATE INDEX "needs_summary_goals_goal" ON "needs_summary_goals" USING btree ("goal_id");--> statement-breakpoint
CREATE UNIQUE INDEX "research_themes_name" ON "research_themes" USING btree ("office_id","name");--> statement-breakpoint
CREATE INDEX "survey_answer_themes_theme" ON "survey_answer_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_invitation_codes_code" ON "survey_invitation_codes" USING btree ("survey_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_questions_key" ON "survey_questions" USING btree ("survey_id","key");--> statement-breakpoint
CREATE INDEX "survey_questions_section" ON "survey_questions" USING btree ("section_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_token" ON "survey_responses" USING btree ("survey_id","token_hash");--> statement-breakpoint
CREATE INDEX "survey_responses_survey" ON "survey_responses" USING btree ("survey_id","is_complete");--> statement-breakpoint
CREATE INDEX "survey_sections_survey" ON "survey_sections" USING btree ("survey_id","sort_order");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_settlements_name" ON "survey_settlements" USING btree ("office_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "surveys_office_slug" ON "surveys" USING btree ("office_id","slug");--> statement-breakpoint
CREATE INDEX "surveys_office_year" ON "surveys" USING btree ("office_id","year");--> statement-breakpoint
CREATE INDEX "organisation_changes_org" ON "organisation_changes" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "organisation_changes_pending" ON "organisation_changes" USING btree ("office_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_confirmations_token" ON "organisation_confirmations" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_confirmations_year" ON "organisation_confirmations" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "organisation_contact_log_org" ON "organisation_contact_log" USING btree ("organisation_id","happened_on");--> statement-breakpoint
CREATE INDEX "organisation_contacts_org" ON "organisation_contacts" USING btree ("organisation_id","sort_order");--> statement-breakpoint
CREATE INDEX "organisation_events_event" ON "organisation_events" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "organisation_members_org" ON "organisation_members" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_plan_activities_activity" ON "organisation_plan_activities" USING btree ("activity_id");--> statement-breakpoint
CREATE INDEX "organisation_representatives_user" ON "organisation_representatives" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_office_slug" ON "organisations" USING btree ("office_id","slug");--> statement-breakpoint
CREATE INDEX "organisations_office_listing" ON "organisations" USING btree ("office_id","listing","status");--> statement-breakpoint
CREATE INDEX "organisations_registration" ON "organisations" USING btree ("office_id","registration_number");--> statement-breakpoint
CREATE INDEX "organisations_search_key" ON "organisations" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisations_search_vector" ON "organisations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "partnership_agreements_org" ON "partnership_agreements" USING btree ("organisation_id");
CREATE TABLE "privacy_settings" (
	"office_id" uuid PRIMARY KEY NOT NULL,
	"registrations_days" integer NOT NULL,
	"feedback_days" integer NOT NULL,
	"import_files_days" integer NOT NULL,
	"outbox_bodies_days" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "council_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"presenter" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'information' NOT NULL,
	"material_document_id" uuid,
	"material_url" text DEFAULT '' NOT NULL,
	"discussion" text DEFAULT '' NOT NULL,
	"votes_for" integer,
	"votes_against" integer,
	"votes_abstained" integer
);
--> statement-breakpoint
CREATE TABLE "council_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"founding_document_id" uuid,
	"min_youth_share_percent" integer DEFAULT 50 NOT NULL,
	"quorum_percent" integer DEFAULT 50 NOT NULL,
	"public_contact" text DEFAULT '' NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"show_past_members" boolean DEFAULT false NOT NULL,
	"named_votes" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"session_id" uuid,
	"agenda_item_id" uuid,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"title" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"responsible" text DEFAULT '' NOT NULL,
	"responsible_member_id" uuid,
	"deadline" date,
	"status" text DEFAULT 'adopted' NOT NULL,
	"status_note" text DEFAULT '' NOT NULL,
	"measure_id" uuid,
	"activity_id" uuid,
	"event_id" uuid,
	"adopted_on" date NOT NULL,
	"status_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_key" text GENERATED ALWAYS AS (kzm_search_key(coalesce("title", '') || ' ' || coalesce("title_en", '') || ' ' || coalesce("text", ''))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"answer" text DEFAULT 'pending' NOT NULL,
	"answered_at" timestamp with time zone,
	"attended" boolean,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"represents_kind" text DEFAULT 'self' NOT NULL,
	"represents_name" text DEFAULT '' NOT NULL,
	"birth_year" integer NOT NULL,
	"mandate_from" date NOT NULL,
	"mandate_to" date,
	"chosen_how" text DEFAULT '' NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_minutes_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"guests" text DEFAULT '' NOT NULL,
	"minutes_html" text DEFAULT '' NOT NULL,
	"minutes_status" text DEFAULT 'none' NOT NULL,
	"minutes_approved_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"shift_id" uuid,
	"profile_id" uuid NOT NULL,
	"motivation" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_reason" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"contract_requested" boolean DEFAULT false NOT NULL,
	"locale" text DEFAULT 'sr' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"code" text NOT NULL,
	"minutes" integer NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"number" text NOT NULL,
	"signed_at" timestamp with time zone,
	"signed_online" boolean DEFAULT false NOT NULL,
	"scan_file_name" text,
	"scan_path" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_guardian_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"guardian_name" text NOT NULL,
	"guardian_email" text NOT NULL,
	"relation" text DEFAULT '' NOT NULL,
	"token_hash" text NOT NULL,
	"confirmed_name" text DEFAULT '' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"shift_id" uuid,
	"worked_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"task" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"organisation_id" uuid,
	"organiser_name" text DEFAULT '' NOT NULL,
	"title" text NOT NULL,
	"title_en" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"summary_en" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"beneficiary" text DEFAULT '' NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"is_remote" boolean DEFAULT false NOT NULL,
	"category" text NOT NULL,
	"skills" text DEFAULT '' NOT NULL,
	"min_age" integer DEFAULT 15 NOT NULL,
	"training" text DEFAULT '' NOT NULL,
	"costs_reimbursed" text DEFAULT '' NOT NULL,
	"rights_and_duties" text DEFAULT '' NOT NULL,
	"is_open_ended" boolean DEFAULT false NOT NULL,
	"hours_per_week" integer,
	"starts_on" date,
	"ends_on" date,
	"role_places" integer,
	"auto_accept" boolean DEFAULT false NOT NULL,
	"event_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"email" text DEFAULT '' NOT NULL,
	"phone" text DEFAULT '' NOT NULL,
	"birth_date" date,
	"gender" text,
	"skills" text DEFAULT '' NOT NULL,
	"interests" text DEFAULT '' NOT NULL,
	"availability" text DEFAULT '' NOT NULL,
	"emergency_contact" text DEFAULT '' NOT NULL,
	"script" text DEFAULT 'cyrl' NOT NULL,
	"card_number" text NOT NULL,
	"card_code" text NOT NULL,
	"card_valid_until" date,
	"show_hours_publicly" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"places" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "accent_color" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "contact_messages" ADD COLUMN "answer_text" text;--> statement-breakpoint
ALTER TABLE "contact_messages" ADD COLUMN "answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_messages" ADD COLUMN "answered_by" uuid;--> statement-breakpoint
ALTER TABLE "privacy_settings" ADD CONSTRAINT "privacy_settings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "privacy_settings" ADD CONSTRAINT "privacy_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
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
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_bodies" ADD CONSTRAINT "council_bodies_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_agenda_item_id_council_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."council_agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_responsible_member_id_council_members_id_fk" FOREIGN KEY ("responsible_member_id") REFERENCES "public"."council_members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_invitations" ADD CONSTRAINT "council_invitations_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_invitations" ADD CONSTRAINT "council_invitations_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_minutes_comments" ADD CONSTRAINT "council_minutes_comments_session_id_council_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."council_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_minutes_comments" ADD CONSTRAINT "council_minutes_comments_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_body_id_council_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."council_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_opportunity_id_volunteer_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_shift_id_volunteer_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."volunteer_shifts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_applications" ADD CONSTRAINT "volunteer_applications_profile_id_volunteer_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."volunteer_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificates" ADD CONSTRAINT "volunteer_certificates_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_certificates" ADD CONSTRAINT "volunteer_certificates_profile_id_volunteer_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."volunteer_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_contracts" ADD CONSTRAINT "volunteer_contracts_application_id_volunteer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_guardian_consents" ADD CONSTRAINT "volunteer_guardian_consents_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_guardian_consents" ADD CONSTRAINT "volunteer_guardian_consents_profile_id_volunteer_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."volunteer_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_application_id_volunteer_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."volunteer_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_profile_id_volunteer_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."volunteer_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_opportunity_id_volunteer_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_hours" ADD CONSTRAINT "volunteer_hours_shift_id_volunteer_shifts_id_fk" FOREIGN KEY ("shift_id") REFERENCES "public"."volunteer_shifts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_opportunities" ADD CONSTRAINT "volunteer_opportunities_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_opportunities" ADD CONSTRAINT "volunteer_opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_profiles" ADD CONSTRAINT "volunteer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "volunteer_shifts" ADD CONSTRAINT "volunteer_shifts_opportunity_id_volunteer_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "participation_supports_user" ON "participation_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_agenda_items_session" ON "council_agenda_items" USING btree ("session_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "council_bodies_slug" ON "council_bodies" USING btree ("office_id","slug");--> statement-breakpoint
CREATE UNIQUE INDEX "council_decisions_number" ON "council_decisions" USING btree ("body_id","year","sequence");--> statement-breakpoint
CREATE INDEX "council_decisions_office" ON "council_decisions" USING btree ("office_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "council_invitations_once" ON "council_invitations" USING btree ("session_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_invitations_token" ON "council_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "council_members_body" ON "council_members" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "council_members_user" ON "council_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_minutes_comments_session" ON "council_minutes_comments" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "council_sessions_number" ON "council_sessions" USING btree ("body_id","number");--> statement-breakpoint
CREATE INDEX "council_sessions_starts" ON "council_sessions" USING btree ("office_id","starts_at");--> statement-breakpoint
CREATE INDEX "volunteer_applications_shift" ON "volunteer_applications" USING btree ("shift_id","status");--> statement-breakpoint
CREATE INDEX "volunteer_applications_opportunity" ON "volunteer_applications" USING btree ("opportunity_id","status");--> statement-breakpoint
CREATE INDEX "volunteer_applications_profile" ON "volunteer_applications" USING btree ("profile_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_applications_active_shift" ON "volunteer_applications" USING btree ("shift_id","profile_id") WHERE shift_id IS NOT NULL AND status IN ('pending', 'accepted', 'waitlisted');--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_applications_active_role" ON "volunteer_applications" USING btree ("opportunity_id","profile_id") WHERE shift_id IS NULL AND status IN ('pending', 'accepted', 'waitlisted');--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_certificates_code" ON "volunteer_certificates" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_contracts_application" ON "volunteer_contracts" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_guardian_consents_token" ON "volunteer_guardian_consents" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "volunteer_guardian_consents_profile" ON "volunteer_guardian_consents" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "volunteer_hours_profile" ON "volunteer_hours" USING btree ("profile_id","worked_on");--> statement-breakpoint
CREATE INDEX "volunteer_hours_office" ON "volunteer_hours" USING btree ("office_id","status","worked_on");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_hours_application_shift" ON "volunteer_hours" USING btree ("application_id","shift_id") WHERE shift_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_opportunities_office_slug" ON "volunteer_opportunities" USING btree ("office_id","slug");--> statement-breakpoint
CREATE INDEX "volunteer_opportunities_public" ON "volunteer_opportunities" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "volunteer_opportunities_organisation" ON "volunteer_opportunities" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_profiles_office_user" ON "volunteer_profiles" USING btree ("office_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_profiles_card_number" ON "volunteer_profiles" USING btree ("office_id","card_number");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_profiles_card_code" ON "volunteer_profiles" USING btree ("card_code");--> statement-breakpoint
CREATE INDEX "volunteer_shifts_opportunity" ON "volunteer_shifts" USING btree ("opportunity_id","starts_at");--> statement-breakpoint
ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
CREATE INDEX "council_sessions_starts" ON "council_sessions" USING btree ("office_id","starts_at");
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
CREATE INDEX "volunteer_shifts_opportunity" ON "volunteer_shifts" USING btree ("opportunity_id","starts_at");
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
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_decision_id_call_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."call_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_appeals" ADD CONSTRAINT "call_appeals_lodged_by_users_id_fk" FOREIGN KEY ("lodged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_contracts" ADD CONSTRAINT "call_contracts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_contracts" ADD CONSTRAINT "call_contracts_call_id_funding_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_contracts" ADD CONSTRAINT "call_contracts_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_decisions" ADD CONSTRAINT "call_decisions_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_decisions" ADD CONSTRAINT "call_decisions_call_id_funding_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."funding_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_payments" ADD CONSTRAINT "call_payments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_payments" ADD CONSTRAINT "call_payments_contract_id_call_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."call_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reports" ADD CONSTRAINT "call_reports_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_reports" ADD CONSTRAINT "call_reports_contract_id_call_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."call_contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_appeals_decision" ON "call_appeals" USING btree ("decision_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_contracts_application" ON "call_contracts" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "call_contracts_call" ON "call_contracts" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_decisions_call" ON "call_decisions" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_payments_tranche" ON "call_payments" USING btree ("contract_id","tranche");--> statement-breakpoint
CREATE UNIQUE INDEX "call_reports_kind" ON "call_reports" USING btree ("contract_id","kind");--> statement-breakpoint
CREATE INDEX "call_reports_due" ON "call_reports" USING btree ("status","due_on");
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
ALTER TABLE "participation_budget_rounds" ADD COLUMN "requires_code" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_categories" ADD COLUMN "retired_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "participation_budget_codes" ADD CONSTRAINT "participation_budget_codes_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_codes" ADD CONSTRAINT "participation_budget_codes_round_id_participation_budget_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."participation_budget_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_budget_codes" ADD CONSTRAINT "participation_budget_codes_used_by_users_id_fk" FOREIGN KEY ("used_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_budget_codes_code" ON "participation_budget_codes" USING btree ("round_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "participation_budget_codes_voter" ON "participation_budget_codes" USING btree ("round_id","used_by");
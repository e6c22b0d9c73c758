CREATE TABLE "organisation_duplicate_dismissals" (
	"office_id" uuid NOT NULL,
	"first_id" uuid NOT NULL,
	"second_id" uuid NOT NULL,
	"dismissed_by" uuid,
	"dismissed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_duplicate_dismissals_first_id_second_id_pk" PRIMARY KEY("first_id","second_id")
);
--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "working_hours_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "offices" ADD COLUMN "dpo_name_en" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_first_id_organisations_id_fk" FOREIGN KEY ("first_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_second_id_organisations_id_fk" FOREIGN KEY ("second_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_duplicate_dismissals" ADD CONSTRAINT "organisation_duplicate_dismissals_dismissed_by_users_id_fk" FOREIGN KEY ("dismissed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
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
ALTER TABLE "work_standard_items" ADD CONSTRAINT "work_standard_items_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_items" ADD CONSTRAINT "work_standard_items_parent_id_work_standard_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_standard_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_indicator_id_work_standard_items_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."work_standard_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_version_id_work_standard_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."work_standard_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_ratings" ADD CONSTRAINT "work_standard_ratings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_standard_versions" ADD CONSTRAINT "work_standard_versions_item_id_work_standard_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."work_standard_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "work_standard_items_office" ON "work_standard_items" USING btree ("office_id","area","position");--> statement-breakpoint
CREATE UNIQUE INDEX "work_standard_ratings_year" ON "work_standard_ratings" USING btree ("office_id","year","indicator_id");--> statement-breakpoint
CREATE INDEX "work_standard_versions_item" ON "work_standard_versions" USING btree ("item_id","created_at");
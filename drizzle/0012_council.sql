CREATE TABLE "council_votes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"vote" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "council_decisions" ADD COLUMN "initiative_id" uuid;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "cancel_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "council_sessions" ADD COLUMN "search_key" text GENERATED ALWAYS AS (kzm_search_key(coalesce("minutes_html", ''))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_agenda_item_id_council_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."council_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_votes" ADD CONSTRAINT "council_votes_member_id_council_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."council_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "council_votes_once" ON "council_votes" USING btree ("agenda_item_id","member_id");
ALTER TABLE "participation_budget_projects" ADD COLUMN "image_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD COLUMN "group_members" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_initiatives" ADD COLUMN "image_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participation_settings" ADD COLUMN "group_min_members" integer DEFAULT 5 NOT NULL;
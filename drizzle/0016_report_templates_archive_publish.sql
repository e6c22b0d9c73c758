ALTER TABLE "report_templates" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "template_reports" ADD COLUMN "published_at" timestamp with time zone;
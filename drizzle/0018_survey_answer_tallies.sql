CREATE TABLE "survey_answer_tallies" (
	"survey_id" uuid NOT NULL,
	"is_complete" boolean NOT NULL,
	"is_sensitive" boolean NOT NULL,
	"question_key" text NOT NULL,
	"answer" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "survey_answer_tallies_survey_id_is_complete_is_sensitive_question_key_answer_pk" PRIMARY KEY("survey_id","is_complete","is_sensitive","question_key","answer")
);
--> statement-breakpoint
ALTER TABLE "survey_answer_tallies" ADD CONSTRAINT "survey_answer_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
import { pgTable, uuid, integer, timestamp } from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';

/**
 * How long the office keeps each kind of personal record, in days (0: until erased by hand). An office
 * without a row uses DEFAULT_RETENTION_DAYS.
 */
export const privacySettings = pgTable('privacy_settings', {
	officeId: uuid('office_id')
		.primaryKey()
		.references(() => offices.id, { onDelete: 'cascade' }),
	registrationsDays: integer('registrations_days').notNull(),
	feedbackDays: integer('feedback_days').notNull(),
	importFilesDays: integer('import_files_days').notNull(),
	outboxBodiesDays: integer('outbox_bodies_days').notNull(),
	updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

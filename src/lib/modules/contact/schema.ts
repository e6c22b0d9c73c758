import { pgTable, uuid, text, timestamp, index } from 'drizzle-orm/pg-core';
import { offices, users } from '../../server/db/core-schema.ts';

/** Messages sent through the public contact form; a copy goes to the office through the outbox. */
export const contactMessages = pgTable(
	'contact_messages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		email: text('email').notNull(),
		subject: text('subject').notNull().default(''),
		message: text('message').notNull(),
		/** The consent text the sender agreed to, as shown to them. */
		consentText: text('consent_text').notNull(),
		handledAt: timestamp('handled_at', { withTimezone: true }),
		handledBy: uuid('handled_by').references(() => users.id, { onDelete: 'set null' }),
		/** The office's answer, sent from the platform through the outbox and kept with the message. */
		answerText: text('answer_text'),
		answeredAt: timestamp('answered_at', { withTimezone: true }),
		answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('contact_messages_office_created').on(t.officeId, t.createdAt)]
);

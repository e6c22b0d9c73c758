import { pgTable, uuid, text, boolean, integer, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { offices } from '../../server/db/core-schema.ts';

/** Static pages of the portal (about the office, contacts, privacy notice). */
export const pages = pgTable(
	'pages',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		slug: text('slug').notNull(),
		/** Serbian title and body as typed by staff, in either script. */
		title: text('title').notNull(),
		body: text('body').notNull().default(''),
		titleEn: text('title_en').notNull().default(''),
		bodyEn: text('body_en').notNull().default(''),
		isPublished: boolean('is_published').notNull().default(true),
		sortOrder: integer('sort_order').notNull().default(0),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [uniqueIndex('pages_office_slug').on(t.officeId, t.slug)]
);

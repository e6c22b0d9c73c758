import { pgTable, uuid, text, integer, timestamp, jsonb, boolean, index } from 'drizzle-orm/pg-core';
import { files, offices, users } from '../../server/db/core-schema.ts';
import { englishText } from '../../server/db/english-column.ts';

/** One resized rendition of an image, stored as a file. */
export interface MediaVariant {
	width: number;
	height: number;
	format: 'avif' | 'webp' | 'jpeg';
	fileId: string;
}

/** An image in the media library: the original plus responsive variants, with required alt text. */
export const mediaItems = pgTable(
	'media_items',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		officeId: uuid('office_id')
			.notNull()
			.references(() => offices.id, { onDelete: 'cascade' }),
		alt: text('alt').notNull(),
		altEn: englishText('alt_en').notNull().default(''),
		width: integer('width').notNull(),
		height: integer('height').notNull(),
		originalFileId: uuid('original_file_id')
			.notNull()
			.references(() => files.id, { onDelete: 'restrict' }),
		variants: jsonb('variants').$type<MediaVariant[]>().notNull().default([]),
		createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
		isDemo: boolean('is_demo').notNull().default(false),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('media_items_office_created').on(t.officeId, t.createdAt)]
);

import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import { authorize, type Actor, type Context } from '../../../server/actor.ts';
import { recordAudit } from '../../../server/audit.ts';
import type { Database } from '../../../server/db/client.ts';
import { createI18n } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locale.ts';
import { organisationContacts, organisations, type PublicField } from '../schema.ts';
import { canManageOrganisations } from '../permissions.server.ts';
import {
	areaLabelKey,
	statusLabelKey,
	targetLabelKey,
	typeLabelKey,
	listingLabelKey,
	publicFieldLabelKey
} from '../labels.ts';
import { columnHeaders, EXPORT_EXTRA_COLUMNS, IMPORT_COLUMNS, type ExportColumn } from '../spreadsheet.ts';
import { writeSheet, type SheetFile, type SheetFormat } from '../../../server/spreadsheet.ts';

/** Columns of the public export: what every listed organisation shows, and what it chose to show. */
export const PUBLIC_EXPORT_COLUMNS: readonly ExportColumn[] = [
	'name',
	'short_name',
	'type',
	'registration_number',
	'registered_on',
	'areas',
	'target_groups',
	'description',
	'description_en',
	'address',
	'email',
	'phone',
	'website',
	'social_links',
	'member_count',
	'young_member_count',
	'status',
	'contacts'
];

/** Columns of the staff export: everything, contacts included. */
export const STAFF_EXPORT_COLUMNS: readonly ExportColumn[] = [
	...(IMPORT_COLUMNS.filter((column) => !column.startsWith('contact_')) as ExportColumn[]),
	...EXPORT_EXTRA_COLUMNS
];

/** Which optional field (public_fields) a column belongs to; columns not listed are always public. */
const COLUMN_FIELD: Partial<Record<ExportColumn, PublicField>> = {
	registration_number: 'registration',
	registered_on: 'registration',
	address: 'address',
	email: 'email',
	phone: 'phone',
	website: 'website',
	social_links: 'social',
	member_count: 'members',
	young_member_count: 'members',
	contacts: 'contacts'
};

/**
 * The directory as CSV or XLSX, headers in the reader's language. Staff get every record (merged
 * duplicates left out) and every field; `publicOnly` gives what the public directory shows: listed
 * organisations, optional fields only where the organisation chose to show them, public contacts only.
 * Every export is audited (a public one may have no actor).
 */
export async function exportOrganisations(
	db: Database,
	options: { officeId: string; actor: Actor | null; format: SheetFormat; locale: Locale; publicOnly: boolean }
): Promise<SheetFile & { rows: number }> {
	if (!options.publicOnly) authorize(options.actor, canManageOrganisations(options.actor));
	const i18n = createI18n(options.locale);
	const records = await db
		.select()
		.from(organisations)
		.where(
			and(
				eq(organisations.officeId, options.officeId),
				isNull(organisations.mergedIntoId),
				// The public file lists what the public directory shows: listed and not dissolved.
				options.publicOnly ? eq(organisations.listing, 'listed') : undefined,
				options.publicOnly ? ne(organisations.status, 'dissolved') : undefined
			)
		)
		.orderBy(asc(organisations.name), asc(organisations.id));
	const ids = records.map((record) => record.id);
	const contacts =
		ids.length === 0
			? []
			: await db
					.select()
					.from(organisationContacts)
					.where(
						and(
							inArray(organisationContacts.organisationId, ids),
							options.publicOnly ? eq(organisationContacts.isPublic, true) : undefined
						)
					)
					.orderBy(asc(organisationContacts.sortOrder), asc(organisationContacts.name));
	const columns = options.publicOnly ? PUBLIC_EXPORT_COLUMNS : STAFF_EXPORT_COLUMNS;
	const yesNo = (value: boolean) => i18n.t(value ? 'organisations.import.yes' : 'organisations.import.no');
	const rows = records.map((record) => {
		const cells: Record<ExportColumn, string> = {
			name: record.name,
			short_name: record.shortName,
			type: i18n.t(typeLabelKey(record.type)),
			registration_number: record.registrationNumber,
			registered_on: record.registeredOn ?? '',
			in_ministry_register: yesNo(record.inMinistryRegister),
			areas: record.areas.map((area) => i18n.t(areaLabelKey(area))).join(', '),
			target_groups: record.targetGroups.map((target) => i18n.t(targetLabelKey(target))).join(', '),
			description: record.description,
			description_en: record.descriptionEn,
			address: record.address,
			email: record.email,
			phone: record.phone,
			website: record.website,
			social_links: record.socialLinks.map((link) => link.url).join('\n'),
			member_count: record.memberCount?.toString() ?? '',
			young_member_count: record.youngMemberCount?.toString() ?? '',
			status: i18n.t(statusLabelKey(record.status)),
			listing: i18n.t(listingLabelKey(record.listing)),
			public_fields: record.publicFields.map((field) => i18n.t(publicFieldLabelKey(field))).join(', '),
			is_partner: yesNo(record.isPartner),
			confirmed_at: record.confirmedAt?.toISOString().slice(0, 10) ?? '',
			staff_notes: record.staffNotes,
			contacts: contacts
				.filter((contact) => contact.organisationId === record.id)
				.map((contact) => [contact.name, contact.role, contact.email, contact.phone].filter(Boolean).join(', '))
				.join('\n')
		};
		return columns.map((column) => {
			const field = COLUMN_FIELD[column];
			if (options.publicOnly && field && !record.publicFields.includes(field)) return '';
			return cells[column];
		});
	});
	await recordAudit(db, {
		officeId: options.officeId,
		actor: options.actor,
		action: 'organisations.exported',
		entityType: 'organisation',
		details: { format: options.format, rows: rows.length, publicOnly: options.publicOnly }
	});
	const file = await writeSheet(
		options.format,
		options.publicOnly ? 'organizacije' : 'organizacije-sve',
		i18n.t('organisations.import.sheet'),
		columnHeaders(columns, options.locale),
		rows
	);
	return { ...file, rows: rows.length };
}

/** Staff export of the whole directory (audited). */
export function exportOrganisationsForStaff(ctx: Context, options: { format: SheetFormat; locale: Locale }) {
	return exportOrganisations(ctx.db, { ...options, officeId: ctx.officeId, actor: ctx.actor, publicOnly: false });
}

/** The empty import template: the import's columns, headers in the reader's language and script. */
export async function importTemplate(
	ctx: Context,
	options: { format: SheetFormat; locale: Locale }
): Promise<SheetFile> {
	authorize(ctx.actor, canManageOrganisations(ctx.actor));
	const i18n = createI18n(options.locale);
	return writeSheet(
		options.format,
		'organizacije-obrazac',
		i18n.t('organisations.import.sheet'),
		columnHeaders(IMPORT_COLUMNS, options.locale),
		[]
	);
}

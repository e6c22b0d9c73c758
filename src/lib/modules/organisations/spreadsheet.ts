// The spreadsheet format of the directory: the columns of the import template and the export, how a
// header or a value is recognised (Serbian in either script, English, or the code), and how one row
// is checked. Pure functions; reading the file itself is in spreadsheet-read.server.ts.
import { createI18n, encodeMessage, type MessageKey } from '../../i18n/index.ts';
import { LOCALES, type Locale } from '../../i18n/locale.ts';
import { parseTypedDate } from '../../i18n/office-time.ts';
import { searchKey } from '../../i18n/script.ts';
import {
	ORGANISATION_STATUSES,
	ORGANISATION_TYPES,
	TARGET_GROUPS,
	WORK_AREAS,
	type OrganisationLink,
	type OrganisationStatus,
	type OrganisationType,
	type TargetGroup,
	type WorkArea
} from './schema.ts';
import { isPhoneText, parseSocialLinks } from './inputs.ts';
import { areaLabelKey, statusLabelKey, targetLabelKey, typeLabelKey } from './labels.ts';
import { isBelowYouthShare } from './age-profile.ts';

/** The columns the import reads, in the template's order. Only `name` and `type` are required. */
export const IMPORT_COLUMNS = [
	'name',
	'short_name',
	'type',
	'registration_number',
	'registered_on',
	'in_ministry_register',
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
	'contact_name',
	'contact_role',
	'contact_email',
	'contact_phone'
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The export's extra columns (staff only), after the import columns but the single contact's ones. */
export const EXPORT_EXTRA_COLUMNS = [
	'listing',
	'public_fields',
	'is_partner',
	'confirmed_at',
	'staff_notes',
	'contacts'
] as const;
export type ExportColumn = Exclude<ImportColumn, `contact_${string}`> | (typeof EXPORT_EXTRA_COLUMNS)[number];

/** The most rows one import may hold. */
export const MAX_IMPORT_ROWS = 2000;

export function columnLabelKey(column: string): MessageKey {
	return `organisations.import.column.${column}` as MessageKey;
}

/** The column headers in the reader's language and script. */
export function columnHeaders(columns: readonly string[], locale: Locale): string[] {
	const i18n = createI18n(locale);
	return columns.map((column) => i18n.t(columnLabelKey(column)));
}

const fold = (text: string) => searchKey(text.replace(/_/g, ' '));

/** folded text → code, from every locale's label and the code itself. */
function lookupOf<T extends string>(codes: readonly T[], keyOf: (code: T) => MessageKey): Map<string, T> {
	const map = new Map<string, T>();
	for (const code of codes) {
		map.set(fold(code), code);
		for (const locale of LOCALES) map.set(fold(createI18n(locale).t(keyOf(code))), code);
	}
	return map;
}

let lookups:
	| {
			headers: Map<string, ImportColumn>;
			types: Map<string, OrganisationType>;
			areas: Map<string, WorkArea>;
			targets: Map<string, TargetGroup>;
			statuses: Map<string, OrganisationStatus>;
			yes: Set<string>;
	  }
	| undefined;

function getLookups() {
	lookups ??= {
		headers: lookupOf(IMPORT_COLUMNS, columnLabelKey),
		types: lookupOf(ORGANISATION_TYPES, typeLabelKey),
		areas: lookupOf(WORK_AREAS, areaLabelKey),
		targets: lookupOf(TARGET_GROUPS, targetLabelKey),
		statuses: lookupOf(ORGANISATION_STATUSES, statusLabelKey),
		yes: new Set([
			'1',
			'x',
			'true',
			'yes',
			'da',
			...LOCALES.map((locale) => fold(createI18n(locale).t('organisations.import.yes')))
		])
	};
	return lookups;
}

/** The column a header names (Serbian in either script, English, or the code), or null for an unknown one. */
export function matchHeader(header: string): ImportColumn | null {
	return getLookups().headers.get(fold(header)) ?? null;
}

/** A type, area, target group or status as written in a cell: Cyrillic, Latin, English or the code. */
export function matchCode(kind: 'type' | 'area' | 'target' | 'status', value: string): string | null {
	const { types, areas, targets, statuses } = getLookups();
	const map = { type: types, area: areas, target: targets, status: statuses }[kind] as Map<string, string>;
	const folded = fold(value);
	const exact = map.get(folded);
	if (exact) return exact;
	// The first words of a label are enough ("култура" for "Култура и слободно време") when only one label starts so.
	if (folded.length < 4) return null;
	const starting = new Set([...map].filter(([label]) => label.startsWith(folded)).map(([, code]) => code));
	return starting.size === 1 ? [...starting][0] : null;
}

/** An organisation as one valid row of an import gives it. */
export interface ImportValues {
	name: string;
	shortName: string;
	type: OrganisationType;
	registrationNumber: string;
	registeredOn: string | null;
	inMinistryRegister: boolean;
	areas: WorkArea[];
	targetGroups: TargetGroup[];
	description: string;
	descriptionEn: string;
	address: string;
	email: string;
	phone: string;
	website: string;
	socialLinks: OrganisationLink[];
	memberCount: number | null;
	youngMemberCount: number | null;
	status: OrganisationStatus;
	contact: { name: string; role: string; email: string; phone: string } | null;
}

/** One row of an import as the preview shows it and the confirmation reads it. */
export interface ImportRow {
	/** The row's number in the spreadsheet (the header is row 1). */
	row: number;
	name: string;
	values: ImportValues | null;
	/** Encoded messages (key|params): a row with errors is skipped. */
	errors: string[];
	warnings: string[];
	/** A record of the directory this row may be (13.17): staff choose to skip, update it, or create anyway. */
	duplicateOf?: { id: string; name: string } | null;
	/** An earlier row of the file this row may repeat. */
	duplicateOfRow?: number | null;
	/** What was done with the row when the import was confirmed. */
	choice?: ImportChoice;
}

/** What staff choose for a row that may be a duplicate. */
export const IMPORT_CHOICES = ['skip', 'update', 'create'] as const;
export type ImportChoice = (typeof IMPORT_CHOICES)[number];

const LIMITS: Partial<Record<ImportColumn, number>> = {
	name: 300,
	short_name: 100,
	registration_number: 50,
	description: 5000,
	description_en: 5000,
	address: 300,
	contact_name: 200,
	contact_role: 200
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/** Splits a list cell ("образовање, култура" or one per line). */
function listOf(value: string): string[] {
	return value
		.split(/[,;\n]/)
		.map((item) => item.trim())
		.filter(Boolean);
}

/** Checks one row of cells (by column) and turns it into an organisation's values, or lists what is wrong. */
export function validateImportRow(row: number, cells: Partial<Record<ImportColumn, string>>): ImportRow {
	const { yes } = getLookups();
	const cell = (column: ImportColumn) => (cells[column] ?? '').trim();
	const errors: string[] = [];
	const warnings: string[] = [];
	const columnName = (column: ImportColumn) => column;
	for (const [column, max] of Object.entries(LIMITS) as [ImportColumn, number][]) {
		if (cell(column).length > max)
			errors.push(encodeMessage('organisations.import.error.tooLong', { column: columnName(column) }));
	}
	const name = cell('name');
	if (!name) errors.push(encodeMessage('organisations.import.error.required', { column: 'name' }));
	const typeText = cell('type');
	const type = typeText ? (matchCode('type', typeText) as OrganisationType | null) : null;
	if (!typeText) errors.push(encodeMessage('organisations.import.error.required', { column: 'type' }));
	else if (!type) errors.push(encodeMessage('organisations.import.error.type', { value: typeText }));
	const codes = <T extends string>(kind: 'area' | 'target', column: ImportColumn): T[] => {
		const found: T[] = [];
		for (const item of listOf(cell(column))) {
			const code = matchCode(kind, item) as T | null;
			if (code) {
				if (!found.includes(code)) found.push(code);
			} else errors.push(encodeMessage(`organisations.import.error.${kind}`, { value: item }));
		}
		return found;
	};
	const areas = codes<WorkArea>('area', 'areas');
	const targetGroups = codes<TargetGroup>('target', 'target_groups');
	const statusText = cell('status');
	const status = statusText ? (matchCode('status', statusText) as OrganisationStatus | null) : 'active';
	if (!status) errors.push(encodeMessage('organisations.import.error.status', { value: statusText }));
	const registeredOnText = cell('registered_on');
	const registeredOn = registeredOnText ? parseTypedDate(registeredOnText) : null;
	if (registeredOnText && !registeredOn) {
		errors.push(encodeMessage('organisations.import.error.date', { value: registeredOnText }));
	}
	for (const column of ['email', 'contact_email'] as const) {
		if (cell(column) && !EMAIL.test(cell(column))) {
			errors.push(encodeMessage('organisations.import.error.email', { value: cell(column) }));
		}
	}
	for (const column of ['phone', 'contact_phone'] as const) {
		if (cell(column) && !isPhoneText(cell(column))) {
			errors.push(encodeMessage('organisations.form.invalidPhone'));
		}
	}
	if (cell('website') && !URL.test(cell('website'))) {
		errors.push(encodeMessage('organisations.import.error.url', { value: cell('website') }));
	}
	const socialLinks = parseSocialLinks(listOf(cell('social_links')).join('\n'));
	if (!socialLinks) errors.push(encodeMessage('organisations.import.error.url', { value: cell('social_links') }));
	const count = (column: ImportColumn): number | null => {
		const text = cell(column);
		if (!text) return null;
		if (!/^\d{1,6}$/.test(text)) {
			errors.push(encodeMessage('organisations.import.error.number', { value: text }));
			return null;
		}
		return Number(text);
	};
	const memberCount = count('member_count');
	const youngMemberCount = count('young_member_count');
	if (memberCount !== null && youngMemberCount !== null && youngMemberCount > memberCount) {
		errors.push(encodeMessage('organisations.import.error.youngOverMembers'));
	}
	const contactName = cell('contact_name');
	if (type === 'informal_group' && !contactName) errors.push(encodeMessage('organisations.group.needsAdultContact'));
	if (contactName && !cell('contact_email') && !cell('contact_phone')) {
		errors.push(encodeMessage('organisations.contacts.needsWay'));
	}
	if (type === 'youth_association' && isBelowYouthShare(memberCount, youngMemberCount)) {
		warnings.push(encodeMessage('organisations.import.warning.youthShare'));
	}
	const result: ImportRow = { row, name, values: null, errors, warnings };
	if (errors.length > 0 || !type || !status) return result;
	result.values = {
		name,
		shortName: cell('short_name'),
		type,
		registrationNumber: cell('registration_number'),
		registeredOn,
		inMinistryRegister: yes.has(fold(cell('in_ministry_register'))),
		areas,
		targetGroups,
		description: cell('description'),
		descriptionEn: cell('description_en'),
		address: cell('address'),
		email: cell('email').toLowerCase(),
		phone: cell('phone'),
		website: cell('website'),
		socialLinks: socialLinks ?? [],
		memberCount,
		youngMemberCount,
		status,
		contact: contactName
			? {
					name: contactName,
					role: cell('contact_role'),
					email: cell('contact_email').toLowerCase(),
					phone: cell('contact_phone')
				}
			: null
	};
	return result;
}

/**
 * Turns a sheet (first line the headers) into rows of cells by column. Unknown headers are ignored;
 * wholly empty lines are skipped. Returns null when no column is the name.
 */
export function rowsByColumn(
	sheet: readonly (readonly string[])[]
): { row: number; cells: Partial<Record<ImportColumn, string>> }[] | null {
	const [header = [], ...lines] = sheet;
	const columns = header.map((text) => matchHeader(String(text ?? '')));
	if (!columns.includes('name')) return null;
	const rows: { row: number; cells: Partial<Record<ImportColumn, string>> }[] = [];
	lines.forEach((line, index) => {
		if (line.every((value) => !String(value ?? '').trim())) return;
		const cells: Partial<Record<ImportColumn, string>> = {};
		columns.forEach((column, position) => {
			if (column && cells[column] === undefined) cells[column] = String(line[position] ?? '');
		});
		rows.push({ row: index + 2, cells });
	});
	return rows;
}

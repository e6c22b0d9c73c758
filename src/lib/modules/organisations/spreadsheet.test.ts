import { describe, expect, it } from 'vitest';
import {
	columnHeaders,
	IMPORT_COLUMNS,
	matchCode,
	matchHeader,
	rowsByColumn,
	validateImportRow
} from './spreadsheet.ts';
import { guessDelimiter } from './spreadsheet-read.server.ts';

const keysOf = (messages: string[]) => messages.map((message) => message.split('|')[0]);

describe('recognising headers', () => {
	it('accepts the Serbian header in either script, the English one and the code', () => {
		expect(matchHeader('Матични број')).toBe('registration_number');
		expect(matchHeader('maticni broj')).toBe('registration_number');
		expect(matchHeader('Registration number')).toBe('registration_number');
		expect(matchHeader('registration_number')).toBe('registration_number');
		expect(matchHeader('  НАЗИВ ')).toBe('name');
		expect(matchHeader('нешто друго')).toBeNull();
	});

	it('writes the template headers so that the import reads them back, in every locale', () => {
		for (const locale of ['sr-Cyrl', 'sr-Latn', 'en'] as const) {
			expect(columnHeaders(IMPORT_COLUMNS, locale).map(matchHeader)).toEqual([...IMPORT_COLUMNS]);
		}
	});
});

describe('recognising codes', () => {
	it('reads a type in Cyrillic, Latin, English or as a code', () => {
		expect(matchCode('type', 'Удружење младих')).toBe('youth_association');
		expect(matchCode('type', 'udruzenje za mlade')).toBe('association_for_youth');
		expect(matchCode('type', 'Informal youth group')).toBe('informal_group');
		expect(matchCode('type', 'public_institution')).toBe('public_institution');
		expect(matchCode('type', 'кафана')).toBeNull();
	});

	it('reads an area by the start of its name when only one area starts so', () => {
		expect(matchCode('area', 'култура')).toBe('culture');
		expect(matchCode('area', 'Zapošljavanje')).toBe('employment');
		expect(matchCode('area', 'об')).toBeNull();
	});
});

describe('checking a row', () => {
	it('turns a good row into an organisation', () => {
		const row = validateImportRow(2, {
			name: ' Удружење Пчелица ',
			type: 'удружење младих',
			areas: 'образовање; kultura',
			target_groups: 'ученици',
			registration_number: '0123',
			registered_on: '2019-05-06',
			in_ministry_register: 'да',
			member_count: '30',
			young_member_count: '25',
			website: 'https://pcelica.example.test',
			social_links: 'https://instagram.com/pcelica'
		});
		expect(row.errors).toEqual([]);
		expect(row.values).toMatchObject({
			name: 'Удружење Пчелица',
			type: 'youth_association',
			areas: ['education', 'culture'],
			targetGroups: ['pupils'],
			registrationNumber: '0123',
			inMinistryRegister: true,
			memberCount: 30,
			status: 'active',
			socialLinks: [{ label: 'instagram.com', url: 'https://instagram.com/pcelica' }],
			contact: null
		});
	});

	it('accepts dates as people in Serbia type them, and ISO', () => {
		for (const typed of ['12.3.2019', '12. 3. 2019.', '12/03/2019', '12.03.2019.', '2019-03-12']) {
			const row = validateImportRow(2, { name: 'Удружење', type: 'association', registered_on: typed });
			expect(row.values?.registeredOn, typed).toBe('2019-03-12');
		}
	});

	it('lists every problem of a bad row and gives no values', () => {
		const row = validateImportRow(5, {
			name: '',
			type: 'кафана',
			areas: 'спорт',
			registered_on: '31.02.2019',
			email: 'nije-adresa',
			website: 'www.example.test',
			member_count: 'десет'
		});
		expect(row.values).toBeNull();
		expect(keysOf(row.errors)).toEqual([
			'organisations.import.error.required',
			'organisations.import.error.type',
			'organisations.import.error.area',
			'organisations.import.error.date',
			'organisations.import.error.email',
			'organisations.import.error.url',
			'organisations.import.error.number'
		]);
	});

	it('needs an adult contact for an informal group and a way to reach a contact', () => {
		expect(keysOf(validateImportRow(3, { name: 'Група', type: 'informal_group' }).errors)).toEqual([
			'organisations.group.needsAdultContact'
		]);
		expect(keysOf(validateImportRow(3, { name: 'Група', type: 'informal_group', contact_name: 'Ана' }).errors)).toEqual(
			['organisations.contacts.needsWay']
		);
		const ok = validateImportRow(3, {
			name: 'Група',
			type: 'informal_group',
			contact_name: 'Ана',
			contact_phone: '064 123 456'
		});
		expect(ok.values?.contact).toEqual({ name: 'Ана', role: '', email: '', phone: '064 123 456' });
	});

	it('refuses more young members than members and warns about a youth association below two thirds', () => {
		expect(
			keysOf(validateImportRow(2, { name: 'A', type: 'federation', member_count: '5', young_member_count: '6' }).errors)
		).toEqual(['organisations.import.error.youngOverMembers']);
		const low = validateImportRow(2, {
			name: 'A',
			type: 'youth_association',
			member_count: '30',
			young_member_count: '10'
		});
		expect(low.values).not.toBeNull();
		expect(keysOf(low.warnings)).toEqual(['organisations.import.warning.youthShare']);
	});
});

describe('reading a sheet', () => {
	it('maps cells by header, skips empty lines and numbers rows as the spreadsheet does', () => {
		const rows = rowsByColumn([
			['Назив', 'Непозната колона', 'type'],
			['Први', 'x', 'school'],
			['', '', ''],
			['Трећи', '', 'media']
		]);
		expect(rows).toEqual([
			{ row: 2, cells: { name: 'Први', type: 'school' } },
			{ row: 4, cells: { name: 'Трећи', type: 'media' } }
		]);
	});

	it('refuses a sheet without a name column', () => {
		expect(rowsByColumn([['type'], ['school']])).toBeNull();
	});

	it('guesses the delimiter of a CSV file from its header line', () => {
		expect(guessDelimiter('назив;врста\r\nA;B')).toBe(';');
		expect(guessDelimiter('name,type\nA,B')).toBe(',');
		expect(guessDelimiter('name\ttype')).toBe('\t');
		expect(guessDelimiter('name')).toBe(',');
	});
});

import { describe, expect, it } from 'vitest';
import { rowFields } from './row-fields.ts';

describe('rowFields', () => {
	const specs = [
		{ field: 'name', label: 'calls.application.memberName', maxlength: 200 },
		{ field: 'birthYear', type: 'number', label: 'calls.application.birthYear' }
	] as const;

	it('names each field after its list, row and key, as the form readers parse them', () => {
		const fields = rowFields<{ name: string; birthYear: number }>('members', 2, null, specs);
		expect(fields.map((field) => field.name)).toEqual(['members[2].name', 'members[2].birthYear']);
	});

	it('fills a saved row as text and leaves a blank row empty', () => {
		const saved = rowFields('members', 0, { name: 'Ана', birthYear: 2004 }, specs);
		expect(saved.map((field) => field.value)).toEqual(['Ана', '2004']);
		expect(rowFields<{ name: string; birthYear: number }>('members', 1, null, specs).map((f) => f.value)).toEqual([
			'',
			''
		]);
	});

	it('keeps the rest of each spec and drops the row key', () => {
		const [name, year] = rowFields('members', 0, { name: 'Ана', birthYear: 2004 }, specs);
		expect(name).toMatchObject({ label: 'calls.application.memberName', maxlength: 200 });
		expect(year).toMatchObject({ type: 'number' });
		expect('field' in name).toBe(false);
	});

	it('shows a missing value as empty, not as "null"', () => {
		const [, year] = rowFields('members', 0, { name: 'Ана', birthYear: null as number | null }, specs);
		expect(year.value).toBe('');
	});
});

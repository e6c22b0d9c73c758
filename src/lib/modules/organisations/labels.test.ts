import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/index.ts';
import { fieldValueText } from './labels.ts';

describe('field values on the merge and review screens', () => {
	const cyrillic = createI18n('sr-Cyrl');
	it('shows codes by their labels, never the raw code', () => {
		const areas = fieldValueText(cyrillic, 'areas', ['culture', 'health', 'mobility']);
		expect(areas).not.toMatch(/culture|health|mobility/);
		expect(areas.split(', ')).toHaveLength(3);
		expect(fieldValueText(cyrillic, 'targetGroups', ['all_youth'])).not.toContain('all_youth');
		expect(fieldValueText(cyrillic, 'isPartner', true)).toBe('Да');
	});
	it('never transliterates English, and shows Serbian in the reader’s script', () => {
		expect(fieldValueText(cyrillic, 'descriptionEn', 'Young people at this club')).toBe('Young people at this club');
		expect(fieldValueText(cyrillic, 'description', 'Mladi u klubu')).toBe('Млади у клубу');
		expect(fieldValueText(createI18n('sr-Latn'), 'description', 'Млади у клубу')).toBe('Mladi u klubu');
	});
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import { parseForm } from '../../server/forms.ts';
import { createI18n } from '../../i18n/index.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { getOfficeById } from '../../server/office.ts';
import { settingsInput } from './inputs.ts';
import { updateSettings } from './commands/update-settings.server.ts';

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;
let staff: Actor;
beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { name: 'Канцеларија за младе', municipality: 'Ивањица' })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
	staff = await createPerson(test.db, { officeId, roles: ['staff'] });
});
afterAll(() => test.close());

const form = (accentColor: string) => {
	const data = new FormData();
	for (const [key, value] of Object.entries({
		name: 'Канцеларија за младе',
		municipality: 'Ивањица',
		youthMinAge: '15',
		youthMaxAge: '30',
		accentColor
	}))
		data.set(key, value);
	return data;
};

describe('the office’s accent colour', () => {
	it('is saved when white text on it reaches WCAG AA, and read back as the portal uses it', async () => {
		const parsed = parseForm(settingsInput, form(' #7B2CBF '));
		if (!parsed.ok) throw new Error('a dark purple should pass');
		await updateSettings(contextOf(test.db, officeId, coordinator), parsed.data);
		expect((await getOfficeById(test.db, officeId))?.accentColor).toBe('#7b2cbf');
	});

	it('is refused when too light, with a message in the reader’s script, and a malformed value too', () => {
		const light = parseForm(settingsInput, form('#ffcc00'));
		expect(light.ok).toBe(false);
		if (light.ok) return;
		const error = light.failure.data.errors.accentColor;
		expect(createI18n('sr-Cyrl').tEncoded(error)).toContain('Ова боја је сувише светла');
		expect(createI18n('sr-Latn').tEncoded(error)).toContain('Ova boja je suviše svetla');
		expect(createI18n('en').tEncoded(error)).toContain('This colour is too light');
		// What was typed comes back to the form.
		expect(light.failure.data.values.accentColor).toBe('#ffcc00');
		const malformed = parseForm(settingsInput, form('purple'));
		expect(malformed.ok).toBe(false);
		// Empty keeps the default colour.
		expect(v.parse(settingsInput, Object.fromEntries(form('').entries())).accentColor).toBe('');
	});

	it('refuses staff who may not edit settings', async () => {
		const parsed = parseForm(settingsInput, form('#0b5c8a'));
		if (!parsed.ok) throw new Error('valid');
		const caught = await updateSettings(contextOf(test.db, officeId, staff), parsed.data).catch((error) => error);
		expect(isAppError(caught) && caught.code).toBe('forbidden');
		expect((await getOfficeById(test.db, officeId))?.accentColor).toBe('#7b2cbf');
	});
});

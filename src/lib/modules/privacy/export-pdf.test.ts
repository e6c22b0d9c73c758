import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildPersonalDataPdf } from './export-pdf.server.ts';
import type { PersonalDataExport } from './queries.server.ts';

const data: PersonalDataExport = {
	generatedAt: '2026-11-20T10:00:00.000Z',
	subject: { email: 'jelena@example.test', phone: null, hasAccount: true },
	sections: [
		{
			module: 'accounts',
			titleKey: 'accounts.personalData.account',
			records: [
				{
					id: '3f1c2a9e-5b7d-4e21-9a0c-7d6e5f4a3b21',
					name: 'Јелена Ђорђевић',
					email: 'jelena@example.test',
					createdAt: '2026-01-05T09:30:00.000Z'
				}
			]
		},
		{
			module: 'registrations',
			titleKey: 'registrations.personalData.own',
			// Enough records to need more than one page.
			records: Array.from({ length: 60 }, (_, index) => ({
				event: `Радионица број ${index + 1}`,
				status: 'confirmed',
				birthYear: 2004,
				consentAt: null,
				guardianConfirmedAt: null
			}))
		},
		{
			module: 'system',
			titleKey: 'system.personalData.audit',
			records: [
				{ action: 'accounts.signed_in', entityType: 'user', name: null, at: '2026-11-19T08:00:00.000Z' },
				{
					action: 'registrations.created',
					entityType: 'registration',
					name: 'Дан младих',
					at: '2026-11-18T08:00:00.000Z'
				},
				{ action: 'privacy.own_data_viewed', entityType: 'user', name: null, at: '2026-11-17T08:00:00.000Z' }
			]
		}
	]
};

async function pagesText(pdf: Uint8Array): Promise<string[]> {
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { text } = await extractText(document, { mergePages: false });
	return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('personal data PDF', () => {
	it('has every section and field in Cyrillic for a Cyrillic reader, over as many pages as it needs', async () => {
		const pdf = await buildPersonalDataPdf(data, { locale: 'sr-Cyrl', officeName: 'Канцеларија за младе Ивањица' });
		expect(pdf.filename).toBe('my-data-2026-11-20.pdf');
		const pages = await pagesText(pdf.body);
		expect(pages.length).toBeGreaterThan(1);
		const all = pages.join(' ');
		expect(all).toContain('Подаци које канцеларија чува о вама');
		expect(all).toContain('Канцеларија за младе Ивањица');
		expect(all).toContain('Име и презиме');
		expect(all).toContain('Јелена Ђорђевић');
		expect(all).toContain('jelena@example.test');
		expect(all).toContain('Година рођења');
		expect(all).toContain('Радионица број 60');
		// The activity log reads as sentences: no action or record code, no identifier.
		expect(all).toContain('Пријава на налог — налог');
		expect(all).not.toMatch(/accounts\.signed_in|own_data_viewed|registrations\.created|\buser\b|registration\b/);
		expect(all).not.toContain('3f1c2a9e');
	});

	it('tells the activity log in English for an English reader', async () => {
		const pdf = await buildPersonalDataPdf(data, { locale: 'en', officeName: 'Канцеларија за младе Ивањица' });
		const all = (await pagesText(pdf.body)).join(' ');
		expect(all).toContain('Signed in to an account');
		expect(all).not.toMatch(/signed_in|own_data_viewed|registrations\.created/);
		expect(all).not.toContain('3f1c2a9e');
	});

	it('reads in Latin for a Latin reader, the labels and the office’s name alike', async () => {
		const pdf = await buildPersonalDataPdf(data, { locale: 'sr-Latn', officeName: 'Канцеларија за младе Ивањица' });
		const all = (await pagesText(pdf.body)).join(' ');
		expect(all).toContain('Podaci koje kancelarija čuva o vama');
		expect(all).toContain('Kancelarija za mlade Ivanjica');
		expect(all).toContain('Ime i prezime');
		expect(all).toContain('Godina rođenja');
		expect(all).not.toContain('Име и презиме');
		expect(all).toContain('Prijava na nalog — nalog');
		expect(all).not.toMatch(/signed_in|own_data_viewed/);
	});

	it('says so when the office holds nothing', async () => {
		const pdf = await buildPersonalDataPdf(
			{ ...data, sections: [] },
			{ locale: 'en', officeName: 'Канцеларија за младе Ивањица' }
		);
		const all = (await pagesText(pdf.body)).join(' ');
		expect(all).toContain('The data the office keeps about you');
	});
});

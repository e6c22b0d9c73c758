import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { eq } from 'drizzle-orm';
import { extractText, getDocumentProxy } from 'unpdf';
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { auditLog } from '../../server/db/core-schema.ts';
import { readContractScan, uploadContractScan } from './contract-scan.server.ts';
import { createTestDatabase, type TestDatabase } from '../../server/testing/db.ts';
import { contextOf, createOffice, createPerson } from '../../server/testing/factories.ts';
import type { Actor } from '../../server/actor.ts';
import { isAppError } from '../../server/errors.ts';
import { docxText } from '../../export/test-helpers.ts';
import { applicationInput, opportunityInput, profileInput } from './inputs.ts';
import { createVolunteerOpportunity } from './commands/save-opportunity.server.ts';
import { saveVolunteerProfile } from './commands/save-profile.server.ts';
import { applyToVolunteer } from './commands/apply.server.ts';
import { recordHours } from './commands/hours.server.ts';
import {
	issueCertificate,
	markContractSigned,
	renderCard,
	renderContract,
	contractReasonsFor
} from './documents.server.ts';
import {
	volunteerCertificates,
	volunteerContracts,
	volunteerGuardianConsents,
	volunteerProfiles,
	volunteerShifts
} from './schema.ts';

const NOW = new Date('2026-06-01T08:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const day = (offset: number) => new Date(NOW.getTime() + offset * DAY).toISOString().slice(0, 10);

let test: TestDatabase;
let officeId: string;
let coordinator: Actor;

/** Reads the QR code drawn as an image on the PDF's first page (pdf-lib stores PNGs as RGB + alpha mask). */
async function qrInPdf(bytes: Uint8Array): Promise<string | null> {
	const pdf = await PDFDocument.load(bytes);
	const resources = pdf.getPages()[0].node.Resources();
	const xObjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
	for (const [, ref] of xObjects?.entries() ?? []) {
		const stream = pdf.context.lookup(ref);
		if (!(stream instanceof PDFRawStream)) continue;
		const dict = stream.dict;
		if (dict.get(PDFName.of('Subtype'))?.toString() !== '/Image') continue;
		const width = Number(dict.get(PDFName.of('Width'))?.toString());
		const height = Number(dict.get(PDFName.of('Height'))?.toString());
		const rgb = decodePDFRawStream(stream).decode();
		if (rgb.length !== width * height * 3) continue;
		const rgba = new Uint8ClampedArray(width * height * 4);
		for (let pixel = 0; pixel < width * height; pixel++) {
			rgba.set(rgb.subarray(pixel * 3, pixel * 3 + 3), pixel * 4);
			rgba[pixel * 4 + 3] = 255;
		}
		const found = jsQR(rgba, width, height);
		if (found) return found.data;
	}
	return null;
}

/** The code of the AppError a promise is refused with. */
async function refusal(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (caught) {
		if (isAppError(caught)) return caught.code;
		throw caught;
	}
	throw new Error('expected a refusal');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdf = await getDocumentProxy(new Uint8Array(bytes));
	const { text } = await extractText(pdf, { mergePages: true });
	return text;
}

beforeAll(async () => {
	test = await createTestDatabase();
	officeId = (await createOffice(test.db, { name: 'Канцеларија за младе Ивањица' })).id;
	coordinator = await createPerson(test.db, { officeId, roles: ['coordinator'] });
});
afterAll(() => test.close());

/** A volunteer (in the given script) accepted for a past shift with four hours recorded. */
async function volunteerWithHours(script: 'cyrl' | 'latn', birthDate: string, contractRequested = false) {
	const person = await createPerson(test.db, { officeId, name: 'Марија Јовић' });
	const profile = await saveVolunteerProfile(contextOf(test.db, officeId, person), {
		input: v.parse(profileInput, { birthDate, emergencyContact: 'Тата', script }),
		now: NOW
	});
	// A guardian's consent already on file (the consent path itself is tested with the applications).
	await test.db.insert(volunteerGuardianConsents).values({
		officeId,
		profileId: profile.id,
		guardianName: 'Мајка',
		guardianEmail: 'majka@example.test',
		tokenHash: `hash-${profile.id}`,
		confirmedName: 'Мајка',
		confirmedAt: NOW
	});
	const created = await createVolunteerOpportunity(contextOf(test.db, officeId, coordinator), {
		input: v.parse(opportunityInput, {
			title: 'Чишћење обале Моравице',
			category: 'environment',
			beneficiary: 'Грађани Ивањице',
			place: 'Ивањица',
			description: 'Скупљање отпада дуж кеја.',
			training: 'Обука о безбедности',
			costsReimbursed: 'Превоз и оброк',
			autoAccept: 'on',
			shiftDate: [day(-2)],
			shiftFrom: ['10:00'],
			shiftTo: ['14:00'],
			shiftPlaces: ['5']
		}),
		publish: true,
		now: new Date(NOW.getTime() - 5 * DAY)
	});
	const [shift] = await test.db.select().from(volunteerShifts).where(eq(volunteerShifts.opportunityId, created.id));
	const { application } = await applyToVolunteer(contextOf(test.db, officeId, person), {
		opportunityId: created.id,
		input: v.parse(applicationInput, { shiftId: shift.id, contractRequested: contractRequested ? 'on' : '' }),
		locale: 'sr-Cyrl',
		now: new Date(NOW.getTime() - 5 * DAY)
	});
	await recordHours(contextOf(test.db, officeId, coordinator), {
		applicationId: application.id,
		minutes: 240,
		now: NOW
	});
	return { person, application };
}

describe('certificate and card', () => {
	it('the certificate is in the volunteer’s script, lists organiser, hours and tasks, with a verification code', async () => {
		const cyrillic = await volunteerWithHours('cyrl', '2000-01-01');
		const file = await issueCertificate(contextOf(test.db, officeId, cyrillic.person));
		const text = await pdfText(file.body);
		expect(text).toContain('Потврда о волонтирању');
		expect(text).toContain('Марија Јовић');
		expect(text).toContain('Чишћење обале Моравице');
		expect(text).toContain(file.code);
		const [stored] = await test.db
			.select()
			.from(volunteerCertificates)
			.where(eq(volunteerCertificates.code, file.code));
		expect(stored.minutes).toBe(240);

		const latin = await volunteerWithHours('latn', '2000-01-01');
		const latinText = await pdfText((await issueCertificate(contextOf(test.db, officeId, latin.person))).body);
		expect(latinText).toContain('Potvrda o volontiranju');
		expect(latinText).toContain('Marija Jović');
		expect(latinText).toContain('Čišćenje obale Moravice');
		expect(latinText).not.toMatch(/[\u0400-\u04FF]/);

		const cardFile = await renderCard(contextOf(test.db, officeId, cyrillic.person));
		const card = await pdfText(cardFile.body);
		expect(card).toContain('Волонтерска картица');
		// The printed QR code opens the card's public verification page.
		const [profile] = await test.db
			.select()
			.from(volunteerProfiles)
			.where(eq(volunteerProfiles.userId, cyrillic.person.userId));
		const scanned = await qrInPdf(cardFile.body);
		expect(scanned).toMatch(new RegExp(`^https?://[^/]+/volunteering/card/${profile.cardCode}$`));
	});

	it('only the volunteer and staff get the certificate', async () => {
		const { person } = await volunteerWithHours('cyrl', '2000-01-01');
		const other = await createPerson(test.db, { officeId });
		const [profile] = await test.db.select().from(volunteerProfiles).where(eq(volunteerProfiles.userId, person.userId));
		try {
			await issueCertificate(contextOf(test.db, officeId, other), { profileId: profile.id });
			throw new Error('expected a refusal');
		} catch (caught) {
			expect(isAppError(caught) && caught.code).toBe('forbidden');
		}
		expect(
			(await issueCertificate(contextOf(test.db, officeId, coordinator), { profileId: profile.id })).code
		).toHaveLength(10);
	});
});

describe('contracts', () => {
	it('a minor’s contract carries every item the law lists, with the guardian’s signature line, as PDF and DOCX', async () => {
		const { person, application } = await volunteerWithHours('cyrl', '2010-01-01');
		expect(await contractReasonsFor(contextOf(test.db, officeId, person), application.id)).toEqual(['minor']);
		const pdf = await pdfText(
			(
				await renderContract(contextOf(test.db, officeId, coordinator), {
					applicationId: application.id,
					format: 'pdf'
				})
			).body
		);
		for (const item of [
			'Уговор о волонтирању',
			'Уговорне стране',
			'Грађани Ивањице',
			'Ивањица',
			'Трајање',
			'Скупљање отпада дуж кеја.',
			'Обука о безбедности',
			'Превоз и оброк',
			'Права и обавезе',
			'волонтер је малолетан',
			'Родитељ или старатељ'
		])
			expect(pdf).toContain(item);
		const docx = docxText(
			(await renderContract(contextOf(test.db, officeId, person), { applicationId: application.id, format: 'docx' }))
				.body
		);
		expect(docx).toContain('Уговор о волонтирању');
		const contracts = await test.db
			.select()
			.from(volunteerContracts)
			.where(eq(volunteerContracts.applicationId, application.id));
		expect(contracts).toHaveLength(1);
		await markContractSigned(contextOf(test.db, officeId, person), { applicationId: application.id });
		const [signed] = await test.db
			.select()
			.from(volunteerContracts)
			.where(eq(volunteerContracts.applicationId, application.id));
		expect(signed.signedOnline).toBe(true);
		expect(signed.signedAt).toBeInstanceOf(Date);
	});

	it('the signed scan: type checked from its bytes, kept, opened only by the volunteer and staff (audited)', async () => {
		const { person, application } = await volunteerWithHours('cyrl', '2010-02-02');
		const stranger = await createPerson(test.db, { officeId });
		const upload = (actor: Actor, name: string, bytes: Uint8Array) =>
			uploadContractScan(contextOf(test.db, officeId, actor), { applicationId: application.id, file: { name, bytes } });
		const png = new Uint8Array(await QRCode.toBuffer('scan', { type: 'png' }));
		// No contract generated yet.
		expect(await refusal(upload(person, 'ugovor.png', png))).toBe('conflict');
		await renderContract(contextOf(test.db, officeId, person), { applicationId: application.id, format: 'pdf' });
		// A text file named .pdf is not a scan.
		expect(await refusal(upload(person, 'ugovor.pdf', new TextEncoder().encode('not a pdf at all')))).toBe('invalid');
		expect(await refusal(upload(stranger, 'ugovor.png', png))).toBe('forbidden');
		await upload(person, 'ugovor.png', png);
		const [contract] = await test.db
			.select()
			.from(volunteerContracts)
			.where(eq(volunteerContracts.applicationId, application.id));
		expect(contract.signedAt).toBeInstanceOf(Date);
		expect(contract.signedOnline).toBe(false);
		expect(contract.scanFileName).toMatch(/\.png$/);
		const own = await readContractScan(contextOf(test.db, officeId, person), application.id);
		expect(own.mime).toBe('image/png');
		expect(Buffer.from(own.bytes).equals(Buffer.from(png))).toBe(true);
		expect(await refusal(readContractScan(contextOf(test.db, officeId, stranger), application.id))).toBe('forbidden');
		await readContractScan(contextOf(test.db, officeId, coordinator), application.id);
		const audit = await test.db.select().from(auditLog).where(eq(auditLog.entityId, application.id));
		expect(audit.map((entry) => entry.action)).toEqual(
			expect.arrayContaining(['volunteering.contract.scanUploaded', 'volunteering.contract.scanRead'])
		);
		// A PDF scan replaces the image.
		const pdf = await PDFDocument.create();
		pdf.addPage();
		await upload(coordinator, 'sken.pdf', await pdf.save());
		expect((await readContractScan(contextOf(test.db, officeId, person), application.id)).mime).toBe('application/pdf');
	});

	it('an adult on a short action needs none unless asked', async () => {
		const adult = await volunteerWithHours('cyrl', '1995-01-01');
		expect(await contractReasonsFor(contextOf(test.db, officeId, adult.person), adult.application.id)).toEqual([]);
		const asking = await volunteerWithHours('latn', '1995-01-01', true);
		expect(await contractReasonsFor(contextOf(test.db, officeId, asking.person), asking.application.id)).toEqual([
			'requested'
		]);
	});
});

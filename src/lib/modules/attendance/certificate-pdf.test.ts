import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PDFDocument, PDFName, PDFDict } from 'pdf-lib';
import { extractText, getDocumentProxy } from 'unpdf';
import { renderCertificates, type CertificateData } from './certificate-pdf.server.ts';

// A 1×1 PNG stands in for the office's logo.
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

const office = {
	name: 'Канцеларија за младе Ивањица',
	municipality: 'Ивањица',
	keepLatin: [],
	logo: new Uint8Array(PNG),
	logoMime: 'image/png'
};

const person = (overrides: Partial<CertificateData>): CertificateData => ({
	locale: 'sr-Cyrl',
	name: 'Јелена Ђорђевић',
	gender: 'female',
	eventTitle: 'Курс видео монтаже',
	eventTitleEn: 'Video editing course',
	startsAt: new Date('2026-03-03T17:00:00Z'),
	endsAt: new Date('2026-04-21T19:00:00Z'),
	attendedSessions: [new Date('2026-03-03T17:00:00Z'), new Date('2026-03-10T17:00:00Z')],
	sessionCount: 8,
	...overrides
});

async function pagesText(pdf: Uint8Array): Promise<string[]> {
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { text } = await extractText(document, { mergePages: false });
	return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('certificate PDF', () => {
	it('writes each certificate in its person’s script, with the office, event, dates and sessions', async () => {
		const pdf = await renderCertificates(office, [
			person({}),
			person({ locale: 'sr-Latn', name: 'Ђорђе Шишић', gender: 'male' }),
			person({ locale: 'en', name: 'Ana Kovač', gender: null, sessionCount: 1, attendedSessions: [] })
		]);
		const [cyrillic, latin, english] = await pagesText(pdf);
		expect(cyrillic).toContain('ПОТВРДА О УЧЕШЋУ');
		expect(cyrillic).toContain('Канцеларија за младе Ивањица');
		expect(cyrillic).toContain('Јелена Ђорђевић');
		expect(cyrillic).toContain('учествовала на догађају');
		expect(cyrillic).toContain('Курс видео монтаже');
		expect(cyrillic).toContain('Присуство: 2 од 8 сусрета');
		expect(cyrillic).toMatch(/3\. март 2026/);

		expect(latin).toContain('POTVRDA O UČEŠĆU');
		expect(latin).toContain('Kancelarija za mlade Ivanjica');
		expect(latin).toContain('Đorđe Šišić');
		expect(latin).toContain('učestvovao na događaju');
		expect(latin).toContain('Kurs video montaže');

		expect(english).toContain('CERTIFICATE OF ATTENDANCE');
		expect(english).toContain('Ana Kovač');
		expect(english).toContain('Video editing course');
		expect(english).not.toContain('sessions');
	});

	it('embeds a WebP logo (converted), and leaves out a logo it cannot read', async () => {
		const webp = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0b5c8a' } })
			.webp()
			.toBuffer();
		const imagesIn = async (bytes: Uint8Array) => {
			const document = await PDFDocument.load(bytes);
			const resources = document.getPage(0).node.Resources();
			const objects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict);
			return objects ? objects.keys().length : 0;
		};
		const withLogo = await renderCertificates({ ...office, logo: new Uint8Array(webp), logoMime: 'image/webp' }, [
			person({})
		]);
		expect(await imagesIn(withLogo)).toBe(1);
		const broken = await renderCertificates({ ...office, logo: new Uint8Array([1, 2, 3]), logoMime: 'image/png' }, [
			person({})
		]);
		expect(await imagesIn(broken)).toBe(0);
		expect((await pagesText(broken))[0]).toContain('Јелена Ђорђевић');
	});
});

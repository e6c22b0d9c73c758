// Certificates of attendance as PDF, drawn with pdf-lib and an embedded Noto Sans (Latin and
// Cyrillic; SIL Open Font License, src/lib/server/pdf/fonts/OFL.txt), so no font of the machine is ever needed.
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { BOLD_FONT as BOLD, REGULAR_FONT as REGULAR } from '../../server/pdf/fonts.server.ts';
import { createI18n } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locale.ts';

/** What one certificate says. Texts are stored as typed; they are put into the person's script here. */
export interface CertificateData {
	locale: Locale;
	name: string;
	gender: string | null;
	eventTitle: string;
	eventTitleEn: string;
	startsAt: Date;
	endsAt: Date;
	/** Starts of the sessions the person was at, and how many sessions the event had. */
	attendedSessions: Date[];
	sessionCount: number;
}

export interface CertificateOffice {
	name: string;
	municipality: string;
	keepLatin: readonly string[];
	logo: Uint8Array | null;
	logoMime: string | null;
}

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 64;
const INK = rgb(0.1, 0.1, 0.15);
const ACCENT = rgb(0.11, 0.31, 0.85);

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Draws centred lines from `y` down; returns the y below them. */
function centred(
	page: PDFPage,
	text: string,
	options: { font: PDFFont; size: number; y: number; color?: ReturnType<typeof rgb> }
): number {
	let y = options.y;
	for (const line of wrap(text, options.font, options.size, PAGE.width - 2 * MARGIN)) {
		const width = options.font.widthOfTextAtSize(line, options.size);
		page.drawText(line, {
			x: (PAGE.width - width) / 2,
			y,
			size: options.size,
			font: options.font,
			color: options.color ?? INK
		});
		y -= options.size * 1.35;
	}
	return y;
}

async function embedLogo(pdf: PDFDocument, office: CertificateOffice): Promise<PDFImage | null> {
	if (!office.logo || !office.logoMime) return null;
	try {
		if (office.logoMime === 'image/png') return await pdf.embedPng(office.logo);
		if (office.logoMime === 'image/jpeg') return await pdf.embedJpg(office.logo);
		const { default: sharp } = await import('sharp');
		return await pdf.embedPng(await sharp(office.logo).png().toBuffer());
	} catch {
		// A logo that cannot be read leaves the certificate without one rather than without a certificate.
		return null;
	}
}

/** One PDF with a page per certificate, each in its person's language and script. */
export async function renderCertificates(
	office: CertificateOffice,
	people: readonly CertificateData[]
): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const [regular, bold] = await Promise.all([
		pdf.embedFont(REGULAR, { subset: true }),
		pdf.embedFont(BOLD, { subset: true })
	]);
	const logo = await embedLogo(pdf, office);
	pdf.setProducer('KZM');
	pdf.setCreator('KZM');
	for (const person of people) {
		const i18n = createI18n(person.locale, office.keepLatin);
		if (people.length === 1) pdf.setTitle(i18n.t('attendance.certificate.title'));
		const page = pdf.addPage([PAGE.width, PAGE.height]);
		page.drawRectangle({
			x: 24,
			y: 24,
			width: PAGE.width - 48,
			height: PAGE.height - 48,
			borderColor: ACCENT,
			borderWidth: 2
		});
		let y = PAGE.height - 90;
		if (logo) {
			const scale = Math.min(90 / logo.height, 200 / logo.width);
			const width = logo.width * scale;
			const height = logo.height * scale;
			page.drawImage(logo, { x: (PAGE.width - width) / 2, y: y - height + 20, width, height });
			y -= height + 10;
		}
		y = centred(page, i18n.text(office.name), { font: bold, size: 15, y });
		y -= 40;
		y = centred(page, i18n.t('attendance.certificate.title'), { font: bold, size: 30, y, color: ACCENT });
		y -= 30;
		y = centred(page, i18n.t('attendance.certificate.certifies'), { font: regular, size: 14, y });
		y -= 12;
		y = centred(page, i18n.text(person.name), { font: bold, size: 26, y });
		y -= 12;
		const attendedKey =
			person.gender === 'female'
				? 'attendance.certificate.attendedFemale'
				: person.gender === 'male'
					? 'attendance.certificate.attendedMale'
					: 'attendance.certificate.attendedOther';
		y = centred(page, i18n.t(attendedKey), { font: regular, size: 14, y });
		y -= 12;
		const title = person.locale === 'en' && person.eventTitleEn ? person.eventTitleEn : i18n.text(person.eventTitle);
		y = centred(page, `„${title}“`, { font: bold, size: 19, y });
		y -= 6;
		const from = i18n.formatDate(person.startsAt, { dateStyle: 'long' });
		const to = i18n.formatDate(person.endsAt, { dateStyle: 'long' });
		y = centred(page, from === to ? from : `${from} – ${to}`, { font: regular, size: 13, y });
		if (person.sessionCount > 1) {
			y -= 16;
			y = centred(
				page,
				i18n.t('attendance.certificate.sessions', {
					count: person.attendedSessions.length,
					total: person.sessionCount
				}),
				{ font: regular, size: 12, y }
			);
			centred(page, person.attendedSessions.map((date) => i18n.formatDate(date, { dateStyle: 'medium' })).join(' · '), {
				font: regular,
				size: 10,
				y
			});
		}
		const issued = i18n.t('attendance.certificate.issued', {
			place: i18n.text(office.municipality),
			date: i18n.formatDate(person.endsAt, { dateStyle: 'long' })
		});
		page.drawText(issued, { x: MARGIN, y: 120, size: 11, font: regular, color: INK });
		page.drawLine({
			start: { x: PAGE.width - MARGIN - 180, y: 130 },
			end: { x: PAGE.width - MARGIN, y: 130 },
			thickness: 0.8,
			color: INK
		});
		const signature = i18n.t('attendance.certificate.signature');
		page.drawText(signature, {
			x: PAGE.width - MARGIN - 90 - regular.widthOfTextAtSize(signature, 10) / 2,
			y: 115,
			size: 10,
			font: regular,
			color: INK
		});
	}
	return pdf.save();
}

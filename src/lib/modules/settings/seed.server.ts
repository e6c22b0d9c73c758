import { eq } from 'drizzle-orm';
import { offices } from '../../server/db/core-schema.ts';
import type { Database } from '../../server/db/client.ts';
import { importImage } from '../media/commands/import-image.server.ts';
import { isDemoMedia } from '../media/queries.server.ts';
// Drawn for the demo (demo-assets/cover.svg, rendered by scripts/render-demo-cover.js), about 10 KB; inlined by
// Vite, so the built server needs no file beside it.
import coverUrl from './demo-assets/cover.webp?inline';

/** The demo office's words kept in Latin on Cyrillic pages (the crawlers check pages against it). */
export const DEMO_KEEP_LATIN = ['Erasmus+', 'Instagram', 'Facebook', 'YouTube', 'TikTok'];

/** Creates the demo office, modelled on the youth office of Ivanjica; the texts are our own. */
export async function createDemoOffice(db: Database, publicUrl = ''): Promise<string> {
	const [office] = await db
		.insert(offices)
		.values({
			isDefault: true,
			isDemo: true,
			publicUrl: publicUrl.replace(/\/+$/, ''),
			name: 'Канцеларија за младе општине Ивањица',
			nameEn: 'Youth Office of the Municipality of Ivanjica',
			municipality: 'Ивањица',
			mission:
				'Место где млади из Ивањице сами осмишљавају, воде и процењују програме: учимо, бирамо занимање, стварамо и заједно мењамо своју општину.',
			missionEn:
				'A place where young people of Ivanjica design, run and evaluate programmes themselves: we learn, choose careers, create and change our municipality together.',
			address: 'Венијамина Маринковића 1, 32250 Ивањица',
			phone: '+381 32 000 000',
			email: 'kzm@demo.kzm.test',
			workingHours: 'Радним данима од 8 до 16 часова, клуб до 20 часова',
			workingHoursEn: 'Weekdays 8:00–16:00, the youth club until 20:00',
			socialLinks: { facebook: 'https://www.facebook.com/', instagram: 'https://www.instagram.com/' },
			dpoName: 'Општинска управа Ивањица, лице за заштиту података',
			dpoNameEn: 'Municipal Administration of Ivanjica, data protection officer',
			dpoEmail: 'zastita.podataka@demo.kzm.test',
			keepLatin: DEMO_KEEP_LATIN
		})
		.returning({ id: offices.id });
	return office.id;
}

/** The demo cover's bytes, from the data URL Vite inlines. */
function demoCoverBytes(): Uint8Array {
	return new Uint8Array(Buffer.from(coverUrl.slice(coverUrl.indexOf(',') + 1), 'base64'));
}

/**
 * Gives the demo office its home page cover: the drawn landscape goes through the media pipeline like an upload
 * (a demo image of the library, in every width and format) and becomes the office's cover.
 */
export async function seedDemoCover(db: Database, officeId: string): Promise<void> {
	const { mediaId } = await importImage(db, {
		officeId,
		bytes: demoCoverBytes(),
		fileName: 'demo-cover.webp',
		alt: 'Илустрација: брда у сумрак под плавим небом, сунце на заласку',
		altEn: 'Illustration: hills at dusk under a blue sky, the sun setting',
		isDemo: true
	});
	await db.update(offices).set({ coverMediaId: mediaId }).where(eq(offices.id, officeId));
}

/** Takes the cover off the office when it is one of the demo images (the media module deletes those right after). */
export async function removeDemoCover(db: Database, officeId: string): Promise<void> {
	const [office] = await db
		.select({ coverMediaId: offices.coverMediaId })
		.from(offices)
		.where(eq(offices.id, officeId));
	if (office?.coverMediaId && (await isDemoMedia(db, officeId, office.coverMediaId)))
		await db.update(offices).set({ coverMediaId: null }).where(eq(offices.id, officeId));
}

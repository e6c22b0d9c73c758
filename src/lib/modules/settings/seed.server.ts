import { offices } from '../../server/db/core-schema.ts';
import type { Database } from '../../server/db/client.ts';

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

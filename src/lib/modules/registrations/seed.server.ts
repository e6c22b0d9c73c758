// Demo registrations for the demo season: full and waitlisted events, approvals waiting, past
// events with their participants (the attendance module marks who came).
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { users } from '../../server/db/core-schema.ts';
import { lockEvent } from '../events/queries.server.ts';
import { events } from '../events/schema.ts';
import { registrations, type Gender } from './schema.ts';
import { placeRegistration, type PersonDetails } from './commands/register-for-event.server.ts';
import { i18nFor } from './mail.server.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Invented young people of Ivanjica; e-mail addresses on the reserved demo domain. */
const PEOPLE: [name: string, email: string, birthYear: number, gender: Gender | null, place: string][] = [
	['Јована Марковић', 'jovana.markovic@demo.kzm.test', 2004, 'female', 'Ивањица'],
	['Лука Симић', 'luka.simic@demo.kzm.test', 2002, 'male', 'Ивањица'],
	['Теодора Лазић', 'teodora.lazic@demo.kzm.test', 2006, 'female', 'Прилике'],
	['Никола Стевановић', 'nikola.stevanovic@demo.kzm.test', 1999, 'male', 'Ивањица'],
	['Милена Ђукић', 'milena.djukic@demo.kzm.test', 2001, 'female', 'Кушићи'],
	['Вук Радосављевић', 'vuk.radosavljevic@demo.kzm.test', 2005, 'male', 'Ивањица'],
	['Ана Пауновић', 'ana.paunovic@demo.kzm.test', 2003, 'female', 'Ивањица'],
	['Стефан Обрадовић', 'stefan.obradovic@demo.kzm.test', 1997, 'male', 'Међуречје'],
	['Маја Костић', 'maja.kostic@demo.kzm.test', 2007, 'female', 'Ивањица'],
	['Душан Вучићевић', 'dusan.vucicevic@demo.kzm.test', 2000, 'male', 'Ивањица'],
	['Сара Миловановић', 'sara.milovanovic@demo.kzm.test', 2008, 'female', 'Ивањица'],
	['Алекса Томић', 'aleksa.tomic@demo.kzm.test', 2004, 'male', 'Ковиље'],
	['Катарина Јеремић', 'katarina.jeremic@demo.kzm.test', 1996, 'female', 'Ивањица'],
	['Огњен Бошковић', 'ognjen.boskovic@demo.kzm.test', 2006, null, 'Ивањица'],
	['Анђела Филиповић', 'andjela.filipovic@demo.kzm.test', 2002, 'female', 'Ивањица'],
	['Марко Савић', 'marko.savic@demo.kzm.test', 1998, 'male', 'Ивањица'],
	['Ива Петронијевић', 'iva.petronijevic@demo.kzm.test', 2005, 'female', 'Ивањица'],
	['Филип Гавриловић', 'filip.gavrilovic@demo.kzm.test', 2003, 'male', 'Бедина Варош'],
	['Тамара Живковић', 'tamara.zivkovic@demo.kzm.test', 2001, 'female', 'Ивањица'],
	['Урош Милинковић', 'uros.milinkovic@demo.kzm.test', 2007, 'male', 'Ивањица'],
	['Јелена Чоловић', 'jelena.colovic@demo.kzm.test', 1999, 'female', 'Ивањица'],
	['Петар Луковић', 'petar.lukovic@demo.kzm.test', 2004, 'male', 'Ивањица']
];

/** How many people sign up for each demo event, in order (beyond capacity they join the waitlist). */
const SIGN_UPS: Record<string, number> = {
	'radionica-pisanja-cv-a': 14,
	'kurs-video-montaze': 6,
	'razmena-mladih-info': 5,
	'druzenje-uz-drustvene-igre': 9,
	'radionica-fotografije': 13,
	'akcija-ciscenja-obale': 18,
	'tribina-o-volontiranju': 2
};

/** The demo young person's account signs up for these (so "my registrations" shows something). */
const DEMO_ACCOUNT_EVENTS = ['kurs-video-montaze', 'radionica-fotografije'];

/** Registers demo people for the demo events through the same code as the form (mails included for future events). */
export async function seedDemoRegistrations(db: Database, officeId: string): Promise<void> {
	const rows = await db
		.select()
		.from(events)
		.where(and(eq(events.officeId, officeId), inArray(events.slug, Object.keys(SIGN_UPS))));
	const [account] = await db.select().from(users).where(eq(users.email, 'mlada@demo.kzm.test'));
	const consentText = i18nFor({ keepLatin: [] }, 'sr-Cyrl').t('registrations.form.consent');
	// In the order of SIGN_UPS: the full talk last, so its confirmations are the newest in the outbox.
	const ordered = Object.keys(SIGN_UPS).flatMap((slug) => rows.filter((row) => row.slug === slug));
	for (const row of ordered) {
		const event = (await lockEvent(db, officeId, row.id))!;
		const isPast = event.endsAt.getTime() < Date.now();
		const people = PEOPLE.slice(0, SIGN_UPS[event.slug]).map(
			([name, email, birthYear, gender, place]): PersonDetails & { userId: string | null } => ({
				name,
				email,
				phone: '',
				birthYear,
				gender,
				place,
				guardianName: '',
				guardianEmail: '',
				userId: null
			})
		);
		if (account && DEMO_ACCOUNT_EVENTS.includes(event.slug)) {
			people.splice(1, 0, {
				name: account.name,
				email: account.email,
				phone: '',
				birthYear: 2005,
				gender: 'female',
				place: 'Ивањица',
				guardianName: '',
				guardianEmail: '',
				userId: account.id
			});
		}
		for (const [index, { userId, ...person }] of people.entries()) {
			// Past sign-ups happened days before the event; future ones over the last few days.
			const now = new Date(
				isPast ? event.startsAt.getTime() - (10 - (index % 9)) * DAY : Date.now() - (people.length - index) * 3600_000
			);
			await placeRegistration(db, {
				officeId,
				event,
				person,
				answers: demoAnswers(event.slug, index),
				userId,
				locale: index % 4 === 3 ? 'sr-Latn' : 'sr-Cyrl',
				source: 'online',
				consentText,
				now,
				byStaff: false,
				actor: null,
				sendMail: !isPast
			});
		}
	}
}

function demoAnswers(slug: string, index: number): Record<string, string | boolean> {
	if (slug === 'radionica-pisanja-cv-a') return { laptop: index % 3 !== 0 };
	if (slug === 'razmena-mladih-info') return { languages: ['basic', 'good', 'fluent'][index % 3] };
	return {};
}

/** Removes registrations for the office's demo events (the events module then removes the events). */
export async function removeDemoRegistrations(db: Database, officeId: string): Promise<void> {
	const demoEvents = db
		.select({ id: events.id })
		.from(events)
		.where(and(eq(events.officeId, officeId), eq(events.isDemo, true)));
	await db
		.delete(registrations)
		.where(and(eq(registrations.officeId, officeId), inArray(registrations.eventId, demoEvents)));
}

// Demo partnerships of the Ivanjica office: agreements, contacts, joint events and plan activities
// with a few organisations of the demo directory (made by seed.server.ts, which runs first). An
// organisation missing from the directory is simply skipped; running twice adds nothing.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { users } from '../../server/db/core-schema.ts';
import { listEventChoices } from '../events/queries.server.ts';
import { listActivityChoices } from '../action-plan/queries.server.ts';
import {
	organisationContactLog,
	organisationEvents,
	organisationPlanActivities,
	organisations,
	partnershipAgreements,
	type AgreementKind
} from './schema.ts';
import type { ActivityRole, ContactChannel } from './labels.ts';

interface DemoPartnership {
	slug: string;
	agreement: {
		kind: AgreementKind;
		title: string;
		signedOn: string;
		startsOn: string;
		endsOn: string | null;
		officeCommitments: string;
		partnerCommitments: string;
	};
	contacts: { happenedOn: string; channel: ContactChannel; subject: string; notes: string }[];
	/** Which of the office's demo events (by position, newest first) were done together. */
	events: number[];
	/** Which plan activities (by position) and in what role. */
	activities: { index: number; role: ActivityRole }[];
}

const PARTNERSHIPS: DemoPartnership[] = [
	{
		slug: 'centar-za-kulturu-ivanjica',
		agreement: {
			kind: 'cooperation_agreement',
			title: 'Споразум о коришћењу сале и заједничком летњем програму',
			signedOn: '2025-03-14',
			startsOn: '2025-04-01',
			endsOn: '2027-03-31',
			officeCommitments: 'Канцеларија окупља младе извођаче, води пријаве и промовише програм на порталу.',
			partnerCommitments: 'Центар уступа велику салу два пута месечно без накнаде и обезбеђује тонца.'
		},
		contacts: [
			{
				happenedOn: '2025-02-20',
				channel: 'meeting',
				subject: 'Договор о летњем програму',
				notes: 'Договорени термини за позоришну радионицу и вече младих бендова.'
			},
			{ happenedOn: '2025-09-03', channel: 'phone', subject: 'Термини сале за јесен', notes: '' }
		],
		events: [0, 2],
		activities: [{ index: 0, role: 'co_implementer' }]
	},
	{
		slug: 'nacionalna-sluzba-za-zaposljavanje-ivanjica',
		agreement: {
			kind: 'memorandum',
			title: 'Меморандум о сарадњи у каријерном вођењу младих',
			signedOn: '2024-10-08',
			startsOn: '2024-10-08',
			endsOn: null,
			officeCommitments: 'Канцеларија организује радионице и позива незапослене младе из свих месних заједница.',
			partnerCommitments: 'Испостава шаље саветника на сајам праксе и дели огласе за приправнике.'
		},
		contacts: [
			{
				happenedOn: '2025-01-15',
				channel: 'email',
				subject: 'Подаци о незапосленим младима за годишњи извештај',
				notes: 'Стигла табела по узрасту и школској спреми.'
			},
			{ happenedOn: '2025-05-27', channel: 'meeting', subject: 'Припрема сајма праксе', notes: '' }
		],
		events: [1],
		activities: [{ index: 1, role: 'responsible' }]
	},
	{
		slug: 'udruzenje-mladi-ivanjice',
		agreement: {
			kind: 'contract',
			title: 'Уговор о суфинансирању пројекта „Волонтерска недеља”',
			signedOn: '2025-06-02',
			startsOn: '2025-06-15',
			endsOn: '2025-12-15',
			officeCommitments: 'Канцеларија покрива материјал и превоз волонтера до 150.000 динара.',
			partnerCommitments: 'Удружење води волонтере, води евиденцију сати и предаје наративни извештај.'
		},
		contacts: [
			{
				happenedOn: '2025-06-20',
				channel: 'meeting',
				subject: 'Почетни састанак волонтера',
				notes: 'Договорена подела у три тима.'
			}
		],
		events: [0],
		activities: [{ index: 2, role: 'responsible' }]
	},
	{
		slug: 'gimnazija-ivanjica',
		agreement: {
			kind: 'letter_of_support',
			title: 'Писмо подршке за ђачки пројекат вршњачке едукације',
			signedOn: '2025-11-04',
			startsOn: '2025-11-04',
			endsOn: null,
			officeCommitments: 'Канцеларија уступа простор омладинског клуба за састанке вршњачких едукатора.',
			partnerCommitments: 'Школа пушта ученике на обуку и помаже у одабиру тема.'
		},
		contacts: [
			{
				happenedOn: '2025-10-21',
				channel: 'meeting',
				subject: 'Ђачки парламент о темама радионица',
				notes: 'Ученици траже теме о менталном здрављу и избору факултета.'
			}
		],
		events: [1, 2],
		activities: [{ index: 0, role: 'co_implementer' }]
	}
];

/** Partnerships of the demo directory: agreements, contacts, joint events and plan activities. */
export async function seedDemoPartnerships(db: Database, officeId: string): Promise<void> {
	const found = await db
		.select({ id: organisations.id, slug: organisations.slug })
		.from(organisations)
		.where(
			and(
				eq(organisations.officeId, officeId),
				inArray(
					organisations.slug,
					PARTNERSHIPS.map((item) => item.slug)
				)
			)
		);
	if (found.length === 0) return;
	const bySlug = new Map(found.map((row) => [row.slug, row.id]));
	const [events, activities, coordinator] = await Promise.all([
		listEventChoices(db, officeId, { limit: 5 }),
		listActivityChoices(db, officeId),
		db
			.select({ id: users.id })
			.from(users)
			.where(eq(users.email, 'koordinator@demo.kzm.test'))
			.then((rows) => rows[0] ?? null)
	]);
	await db.transaction(async (tx) => {
		for (const partnership of PARTNERSHIPS) {
			const organisationId = bySlug.get(partnership.slug);
			if (!organisationId) continue;
			const [existing] = await tx
				.select({ id: partnershipAgreements.id })
				.from(partnershipAgreements)
				.where(eq(partnershipAgreements.organisationId, organisationId))
				.limit(1);
			if (existing) continue;
			await tx.insert(partnershipAgreements).values({ ...partnership.agreement, officeId, organisationId });
			await tx.update(organisations).set({ isPartner: true }).where(eq(organisations.id, organisationId));
			await tx.insert(organisationContactLog).values(
				partnership.contacts.map((contact) => ({
					...contact,
					officeId,
					organisationId,
					staffUserId: coordinator?.id ?? null
				}))
			);
			const eventIds = [...new Set(partnership.events.map((index) => events[index]?.id).filter(Boolean))] as string[];
			if (eventIds.length > 0) {
				await tx
					.insert(organisationEvents)
					.values(eventIds.map((eventId) => ({ organisationId, eventId, officeId })))
					.onConflictDoNothing();
			}
			for (const link of partnership.activities) {
				const activity = activities[link.index];
				if (!activity) continue;
				await tx
					.insert(organisationPlanActivities)
					.values({ organisationId, activityId: activity.id, officeId, role: link.role })
					.onConflictDoNothing();
			}
		}
	});
}

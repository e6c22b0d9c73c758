// Demo content: the Ivanjica youth council (11 members, one about to age out) and the local youth
// parliament (30 delegates from four schools), two years of sessions, minutes and numbered decisions.
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { users } from '../../server/db/core-schema.ts';
import { belgradeToInstant, instantToBelgrade } from '../../i18n/office-time.ts';
import {
	councilAgendaItems,
	councilBodies,
	councilDecisions,
	councilInvitations,
	councilMembers,
	councilSessions,
	councilVotes,
	type DecisionStatus,
	type MemberRole
} from './schema.ts';
import { addDays, addMonths } from './rules.ts';
import { listPublicDocuments } from '../documents/queries.server.ts';
import { hashAnswerToken, newAnswerToken } from './tokens.server.ts';
import { grantCouncilRole } from './commands/add-member.server.ts';

const DEMO_COUNCIL_MEMBER_EMAIL = 'savet@demo.kzm.test';

const COUNCIL_MEMBERS: { name: string; role: MemberRole; age: number; represents: string; showName: boolean }[] = [
	{ name: 'Стефан Ђорђевић', role: 'president', age: 24, represents: 'Удружење „Млади Ивањице“', showName: true },
	{ name: 'Јована Марковић', role: 'deputy', age: 22, represents: 'Гимназија Ивањица', showName: true },
	{ name: 'Лазар Томовић', role: 'member', age: 30, represents: 'Црвени крст Ивањица', showName: true },
	{ name: 'Теодора Илић', role: 'member', age: 19, represents: 'Техничка школа Ивањица', showName: false },
	{ name: 'Урош Луковић', role: 'member', age: 27, represents: 'Спортски савез Ивањица', showName: true },
	{ name: 'Ана Бојовић', role: 'member', age: 17, represents: 'Ученички парламент', showName: false },
	{
		name: 'Мирјана Вучићевић',
		role: 'secretary',
		age: 41,
		represents: 'Општинска управа, одељење за друштвене делатности',
		showName: true
	},
	{ name: 'Драган Веселиновић', role: 'member', age: 52, represents: 'Дом здравља Ивањица', showName: true },
	{ name: 'Снежана Радојевић', role: 'member', age: 45, represents: 'Центар за социјални рад', showName: true },
	{ name: 'Горан Поповић', role: 'member', age: 38, represents: 'Национална служба за запошљавање', showName: true },
	{ name: 'Весна Јаковљевић', role: 'member', age: 47, represents: 'Туристичка организација Ивањица', showName: true }
];

const SCHOOLS = ['Гимназија Ивањица', 'Техничка школа Ивањица', 'Пољопривредна школа Ивањица', 'ОШ „Милинко Кушић“'];
const FIRST = ['Милош', 'Сара', 'Никола', 'Ива', 'Вук', 'Лена', 'Петар', 'Дуња', 'Алекса', 'Мила'];
const LAST = [
	'Јовановић',
	'Петровић',
	'Николић',
	'Марковић',
	'Ђорђевић',
	'Стојановић',
	'Илић',
	'Станковић',
	'Павловић',
	'Милошевић'
];

const COUNCIL_AGENDA = [
	{ title: 'Усвајање записника са претходне седнице', kind: 'vote' as const },
	{ title: 'Мишљење о нацрту годишњег програма за младе', kind: 'decision' as const },
	{ title: 'Информација о спровођењу Локалног акционог плана', kind: 'information' as const },
	{ title: 'Предлог мера за запошљавање младих', kind: 'decision' as const }
];
const DECISION_TITLES = [
	'Предлог да се омладински клуб отвори и суботом',
	'Мишљење на нацрт програма за младе',
	'Предлог за конкурс за неформалне групе младих',
	'Препорука за стипендије ученицима из села',
	'Предлог за бесплатан интернет у центру града',
	'Предлог за сајам запошљавања младих',
	'Захтев за редовно извештавање о ЛАП-у',
	'Предлог за обуке о финансијској писмености',
	'Предлог за трибину о менталном здрављу',
	'Препорука за прилагођавање јавног превоза ученицима'
];
const STATUSES: DecisionStatus[] = [
	'carried_out',
	'carried_out',
	'not_carried_out',
	'in_progress',
	'adopted',
	'carried_out'
];

function minutesHtml(number: number, body: string, present: number): string {
	return `<p>Седница број ${number} тела „${body}“ одржана је уз присуство ${present} чланова, па је постојао кворум.</p><p>Дневни ред је усвојен једногласно. Чланови су расправљали о свим тачкама и донели одлуке наведене у наставку.</p>`;
}

/** Loads the demo bodies, members, sessions and decisions into the office. */
export async function seedDemoCouncil(db: Database, officeId: string, now = new Date()): Promise<void> {
	const today = instantToBelgrade(now).date;
	const year = Number(today.slice(0, 4));
	const [demoUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_COUNCIL_MEMBER_EMAIL));
	const mandateFrom = `${year - 2}-03-01`;
	const mandateTo = `${year + 2}-02-28`;

	// The founding act is the library's decision establishing the council, when the demo library has it.
	const foundingAct = (await listPublicDocuments(db, officeId, { type: 'council_decision' })).find(
		(document) => document.title === 'Одлука о образовању Савета за младе'
	);
	const [council] = await db
		.insert(councilBodies)
		.values({
			officeId,
			slug: 'savet-za-mlade',
			name: 'Савет за младе општине Ивањица',
			nameEn: 'Ivanjica Youth Council',
			kind: 'council',
			description:
				'Савет за младе је саветодавно тело Скупштине општине Ивањица. Даје мишљења о програмима за младе и Локалном акционом плану и предлаже мере. Најмање половина чланова има од 15 до 30 година.',
			descriptionEn:
				'The Youth Council advises the Ivanjica municipal assembly: it gives opinions on youth programmes and the Local Action Plan and proposes measures. At least half of its members are aged 15 to 30.',
			publicContact: 'savet@ivanjica.test',
			showPastMembers: true,
			foundingDocumentId: foundingAct?.id ?? null,
			isDemo: true
		})
		.returning({ id: councilBodies.id });
	const [parliament] = await db
		.insert(councilBodies)
		.values({
			officeId,
			slug: 'lokalni-omladinski-parlament',
			name: 'Локални омладински парламент',
			nameEn: 'Local Youth Parliament',
			kind: 'parliament',
			description:
				'Делегати школа и омладинских група расправљају о предлозима младих и гласају о њима. Парламент је главни начин на који канцеларија чује младе.',
			descriptionEn:
				'Delegates of schools and youth groups debate the proposals of young people and vote on them. The parliament is the main way the office hears young people.',
			namedVotes: true,
			isDemo: true
		})
		.returning({ id: councilBodies.id });

	// The council: six of eleven young, so the rule holds today; Лазар (30) ages out soon and breaks it.
	const nextNewYear = `${year + 1}-01-01`;
	const agesOutInWindow = nextNewYear <= addMonths(today, 3);
	const councilRows = await db
		.insert(councilMembers)
		.values(
			COUNCIL_MEMBERS.map((person) => ({
				officeId,
				bodyId: council.id,
				userId: person.name === 'Стефан Ђорђевић' ? (demoUser?.id ?? null) : null,
				name: person.name,
				email: `${person.name === 'Стефан Ђорђевић' ? 'savet' : 'clan-' + person.age}@demo.kzm.test`,
				role: person.role,
				representsKind:
					person.represents.includes('школа') || person.represents.includes('Гимназија')
						? ('school' as const)
						: ('organisation' as const),
				representsName: person.represents,
				birthYear: year - person.age,
				mandateFrom,
				// When New Year is further than three months away, his mandate ending shows the same warning.
				mandateTo: person.age === 30 && !agesOutInWindow ? addMonths(today, 2) : mandateTo,
				chosenHow: 'Изабран на седници Скупштине општине',
				showName: person.showName
			}))
		)
		.returning({ id: councilMembers.id, name: councilMembers.name });
	// A past member, shown in the history.
	await db.insert(councilMembers).values({
		officeId,
		bodyId: council.id,
		name: 'Марина Ђуровић',
		role: 'member',
		representsKind: 'self',
		birthYear: year - 31,
		mandateFrom: `${year - 4}-03-01`,
		mandateTo: `${year - 2}-02-28`,
		showName: true
	});
	if (demoUser) await grantCouncilRole(db, officeId, demoUser.id);

	const delegates = await db
		.insert(councilMembers)
		.values(
			Array.from({ length: 30 }, (_, index) => ({
				officeId,
				bodyId: parliament.id,
				name: `${FIRST[index % 10]} ${LAST[(index * 3) % 10]}`,
				role: 'delegate' as const,
				representsKind: 'school' as const,
				representsName: SCHOOLS[index % 4],
				birthYear: year - (15 + (index % 5)),
				mandateFrom: `${year - 1}-09-15`,
				mandateTo: `${year + 1}-06-30`,
				chosenHow: 'Изабран на изборима у школи',
				showName: index % 3 === 0
			}))
		)
		.returning({ id: councilMembers.id, name: councilMembers.name });

	let decisionIndex = 0;
	const sequences = new Map<string, number>();
	async function session(
		bodyId: string,
		bodyName: string,
		members: { id: string }[],
		number: number,
		date: string,
		kind: 'approved' | 'sent' | 'upcoming'
	) {
		const startsAt = belgradeToInstant(date, '18:00');
		const [row] = await db
			.insert(councilSessions)
			.values({
				officeId,
				bodyId,
				number,
				startsAt,
				endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
				place: 'Сала Скупштине општине Ивањица, Венијамина Маринковића 1',
				status: kind === 'approved' ? 'minutes_approved' : kind === 'sent' ? 'held' : 'invited',
				minutesStatus: kind === 'approved' ? 'approved' : kind === 'sent' ? 'sent' : 'none',
				minutesHtml: kind === 'upcoming' ? '' : minutesHtml(number, bodyName, members.length - 2),
				minutesApprovedAt: kind === 'approved' ? new Date(startsAt.getTime() + 60 * 86_400_000) : null,
				invitedAt: new Date(startsAt.getTime() - 7 * 86_400_000)
			})
			.returning({ id: councilSessions.id });
		const items = await db
			.insert(councilAgendaItems)
			.values(
				COUNCIL_AGENDA.map((item, index) => ({
					sessionId: row.id,
					position: index + 1,
					title: item.title,
					kind: item.kind,
					presenter: index === 2 ? 'Јелена Петровић, координаторка' : '',
					discussion:
						kind === 'upcoming' ? '' : 'Чланови су разговарали о предлогу и сложили се са њим уз мање измене.',
					votesFor: kind !== 'upcoming' && item.kind !== 'information' ? members.length - 3 : null,
					votesAgainst: kind !== 'upcoming' && item.kind !== 'information' ? 0 : null,
					votesAbstained: kind !== 'upcoming' && item.kind !== 'information' ? 1 : null
				}))
			)
			.returning({ id: councilAgendaItems.id, position: councilAgendaItems.position });
		await db.insert(councilInvitations).values(
			members.map((member, index) => ({
				sessionId: row.id,
				memberId: member.id,
				tokenHash: hashAnswerToken(newAnswerToken()),
				answer: kind === 'upcoming' ? (index < 5 ? ('coming' as const) : ('pending' as const)) : ('coming' as const),
				answeredAt: kind === 'upcoming' && index >= 5 ? null : startsAt,
				attended: kind === 'upcoming' ? null : index >= 2
			}))
		);
		if (kind === 'upcoming') return;
		// The parliament votes by name: the same totals as above, member by member (the first present abstains).
		if (bodyId === parliament.id) {
			const present = members.slice(2);
			const votedItems = items.filter((item) => COUNCIL_AGENDA[item.position - 1].kind !== 'information');
			await db.insert(councilVotes).values(
				votedItems.flatMap((item) =>
					present.map((member, index) => ({
						agendaItemId: item.id,
						memberId: member.id,
						vote: index === 0 ? ('abstained' as const) : ('for' as const)
					}))
				)
			);
		}
		const decisionYear = Number(date.slice(0, 4));
		for (const item of items.filter((candidate) => candidate.position === 2 || candidate.position === 4)) {
			const key = `${bodyId}-${decisionYear}`;
			const sequence = (sequences.get(key) ?? 0) + 1;
			sequences.set(key, sequence);
			const status = STATUSES[decisionIndex % STATUSES.length];
			const title = DECISION_TITLES[decisionIndex % DECISION_TITLES.length];
			decisionIndex++;
			await db.insert(councilDecisions).values({
				officeId,
				bodyId,
				sessionId: row.id,
				agendaItemId: item.id,
				year: decisionYear,
				sequence,
				title,
				text: 'Савет предлаже надлежним службама општине да предлог размотре и о спровођењу обавесте Савет.',
				responsible: 'Канцеларија за младе',
				responsibleMemberId: bodyId === council.id && decisionIndex % 3 === 0 ? councilRows[0].id : null,
				deadline: addMonths(date, status === 'adopted' ? 2 : 4),
				status,
				statusNote: status === 'not_carried_out' ? 'У буџету није било средстава.' : '',
				adoptedOn: date,
				statusChangedAt:
					status === 'carried_out'
						? belgradeToInstant(addMonths(date, 3) > today ? today : addMonths(date, 3), '12:00')
						: null
			});
		}
	}
	// Eight council sessions over two years, the last one's minutes out for comments, and one ahead.
	for (let number = 1; number <= 8; number++) {
		const date = addDays(addMonths(today, -24 + (number - 1) * 3), 0);
		await session(
			council.id,
			'Савет за младе општине Ивањица',
			councilRows,
			number,
			date,
			number === 8 ? 'sent' : 'approved'
		);
	}
	await session(council.id, 'Савет за младе општине Ивањица', councilRows, 9, addDays(today, 10), 'upcoming');
	for (let number = 1; number <= 4; number++) {
		await session(
			parliament.id,
			'Локални омладински парламент',
			delegates,
			number,
			addMonths(today, -22 + (number - 1) * 6),
			'approved'
		);
	}
	await session(parliament.id, 'Локални омладински парламент', delegates, 5, addDays(today, 20), 'upcoming');
}

/** Removes the demo bodies (their members, sessions and decisions go with them). */
export async function removeDemoCouncil(db: Database, officeId: string): Promise<void> {
	await db.delete(councilBodies).where(and(eq(councilBodies.officeId, officeId), eq(councilBodies.isDemo, true)));
}

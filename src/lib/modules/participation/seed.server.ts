// The demo office's participation: initiatives in every status (some from informal groups, one hidden
// by moderation, one with an overdue answer), a closed poll and an open one, and a budget round in
// its voting phase with eight projects and generated ballots. Demo voters cannot sign in.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import { memberships, users } from '../../server/db/core-schema.ts';
import { wallClock } from '../../i18n/office-time.ts';
import {
	participationBallots,
	participationBudgetProjects,
	participationBudgetRounds,
	participationCategories,
	participationComments,
	participationInitiatives,
	participationPollVotes,
	participationPolls,
	participationProfiles,
	participationSupports,
	type InitiativeStatus
} from './schema.ts';
import { ageBandOf, answerDueAt } from './rules.ts';

const DAY = 24 * 60 * 60 * 1000;
const DEMO_YOUNG_EMAIL = 'mlada@demo.kzm.test';
const DEMO_STAFF_EMAIL = 'saradnik@demo.kzm.test';
const VOTERS = 32;

const CATEGORIES: [string, string][] = [
	['Образовање', 'Education'],
	['Запошљавање и каријера', 'Jobs and careers'],
	['Култура и слободно време', 'Culture and free time'],
	['Спорт и здравље', 'Sport and health'],
	['Екологија и јавни простор', 'Environment and public space']
];

interface DemoInitiative {
	title: string;
	problem: string;
	proposal: string;
	category: number;
	status: InitiativeStatus;
	daysAgo: number;
	supports: number;
	group?: string;
	answer?: string;
	hidden?: boolean;
	overdue?: boolean;
	linked?: [string, string];
}

const INITIATIVES: DemoInitiative[] = [
	{
		title: 'Читаоница отворена до поноћи током испитних рокова',
		problem: 'Студенти који су код куће током испитних рокова немају мирно место за учење после 20 часова.',
		proposal: 'Да градска библиотека у јуну, септембру и јануару ради до поноћи, уз дежурство волонтера.',
		category: 0,
		status: 'submitted',
		daysAgo: 1,
		supports: 0
	},
	{
		title: 'Бесплатан wifi у парку поред Моравице',
		problem:
			'Млади се окупљају у парку, али тамо нема интернета, па онлајн часови и пријаве на конкурсе остају за кућу.',
		proposal: 'Поставити јавну бежичну мрежу у парку, са ограниченим протоком и без регистрације.',
		category: 4,
		status: 'submitted',
		daysAgo: 2,
		supports: 0,
		group: 'Неформална група „Парк за све“'
	},
	{
		title: 'Купите ми нови телефон',
		problem: 'Мој телефон је стар.',
		proposal: 'Општина да ми купи телефон.',
		category: 1,
		status: 'rejected',
		daysAgo: 10,
		supports: 0
	},
	{
		title: 'Тренинг писања CV-ја у средњим школама',
		problem: 'Матуранти не знају како да напишу радну биографију и пропуштају прве послове и праксе.',
		proposal:
			'Канцеларија за младе да у сваком одељењу четвртог разреда одржи радионицу писања CV-ја и мотивационог писма.',
		category: 1,
		status: 'published',
		daysAgo: 6,
		supports: 12
	},
	{
		title: 'Осветљена стаза за трчање поред реке',
		problem: 'Зими пада мрак већ у 16 часова и трчање поред реке постаје опасно.',
		proposal: 'Поставити соларне светиљке дуж постојеће стазе од моста до спортског центра.',
		category: 3,
		status: 'published',
		daysAgo: 55,
		supports: 31,
		overdue: true
	},
	{
		title: 'Простор за пробе младих бендова',
		problem: 'Бендови немају где да вежбају без ометања комшија, па многи одустану.',
		proposal:
			'Адаптирати подрум Дома културе у звучно изоловану просторију коју бендови бесплатно резервишу преко портала.',
		category: 2,
		status: 'under_consideration',
		// Its threshold was reached 20 days ago: the answer is due in 10 days, not overdue.
		daysAgo: 25,
		supports: 30,
		group: 'Неформална група „Гаража“',
		answer: 'Канцеларија разговара са Домом културе о подруму и трошковима звучне изолације.'
	},
	{
		title: 'Сајам праксе и волонтирања',
		problem: 'Млади не знају која предузећа и удружења у општини примају практиканте и волонтере.',
		proposal: 'Једном годишње организовати сајам на коме предузећа, установе и удружења представљају праксе.',
		category: 1,
		status: 'accepted',
		daysAgo: 120,
		supports: 32,
		answer: 'Прихваћено: сајам улази у Локални акциони план као активност мере за запошљавање младих.',
		linked: ['Локални акциони план за младе', '/action-plan']
	},
	{
		title: 'Бесплатан превоз до школе за ученике из села',
		problem: 'Ученици из удаљених села плаћају месечне карте које породицама много значе.',
		proposal: 'Да општина покрије месечне карте свим ученицима средњих школа из сеоских насеља.',
		category: 0,
		status: 'partly_accepted',
		daysAgo: 150,
		supports: 32,
		answer:
			'Делимично прихваћено: од септембра општина покрива карте ученицима из села удаљених више од 10 km; за остале нема средстава у овом буџету.'
	},
	{
		title: 'Нови базен уместо старог игралишта',
		problem: 'Општина нема затворени базен.',
		proposal: 'Срушити старо игралиште и саградити олимпијски базен.',
		category: 3,
		status: 'not_accepted',
		daysAgo: 160,
		supports: 30,
		answer:
			'Није прихваћено: изградња базена премашује годишњи буџет општине више пута, а игралиште користе основци. Предлог ћемо проследити за регионални пројекат.'
	},
	{
		title: 'Еко акција чишћења обале Моравице',
		problem: 'После летњих месеци обала је пуна пластике.',
		proposal:
			'Сваког септембра организовати велику акцију чишћења уз опрему коју обезбеђује јавно комунално предузеће.',
		category: 4,
		status: 'in_progress',
		daysAgo: 90,
		supports: 32,
		group: 'Еколошки клуб гимназије',
		answer: 'Прихваћено и у току: прва акција је заказана, комунално предузеће обезбеђује рукавице и џакове.'
	},
	{
		title: 'Зидни мурал на аутобуској станици',
		problem: 'Зид аутобуске станице је ишаран и први је утисак који гости имају о граду.',
		proposal: 'Расписати конкурс за младе уметнике и осликати зид мотивима Голије.',
		category: 2,
		status: 'done',
		daysAgo: 300,
		supports: 32,
		answer: 'Урађено: мурал је осликан у јулу, радом петоро младих уметника изабраних на конкурсу.'
	},
	{
		title: 'Журка у школи сваког петка',
		problem: 'Нема шта да се ради.',
		proposal: 'Текст је уклоњен јер садржи личне податке других ученика.',
		category: 2,
		status: 'published',
		daysAgo: 20,
		supports: 2,
		hidden: true
	}
];

const PROJECTS: [string, string, number][] = [
	['Летња биоскопска ноћ на тргу', 'Пет пројекција филмова на отвореном током јула, са платном и озвучењем.', 180_000],
	[
		'Опрема за стони тенис у омладинском клубу',
		'Два стола, рекети и мреже за клуб који посећује више од 50 младих недељно.',
		120_000
	],
	['Клупе и пуњачи за телефоне у парку', 'Четири соларне клупе са USB пуњачима поред Моравице.', 350_000],
	['Курс програмирања за средњошколце', 'Тромесечни курс уз лаптопове које клуб задржава после курса.', 400_000],
	['Теретана на отвореном', 'Справе за вежбање на отвореном поред спортског центра.', 450_000],
	['Полица за размену књига', 'Три полице у кафићима и на станици, где млади остављају и узимају књиге.', 40_000],
	['Радионице фотографије на Голији', 'Четири викенд радионице фотографије у природи, са превозом.', 150_000],
	['Подкаст студио у Дому културе', 'Микрофони, звучна изолација и рачунар за снимање подкаста младих.', 300_000]
];

/** Loads the participation demo content into the demo office. */
export async function seedDemoParticipation(db: Database, officeId: string): Promise<void> {
	const now = new Date();
	const year = wallClock(now).year;
	const [young] = await db
		.select({ id: users.id, name: users.name })
		.from(users)
		.where(eq(users.email, DEMO_YOUNG_EMAIL));
	// The demo's staff member typed in the paper ballots (who entered each one is kept).
	const [clerk] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_STAFF_EMAIL));
	const categories = await db
		.insert(participationCategories)
		.values(CATEGORIES.map(([name, nameEn], index) => ({ officeId, name, nameEn, sortOrder: index })))
		.returning({ id: participationCategories.id });

	// Demo voters: accounts that cannot sign in (no usable password), young people of different ages.
	const voters = await db
		.insert(users)
		.values(
			Array.from({ length: VOTERS }, (_, index) => ({
				email: `glasac-${index + 1}.${officeId.slice(0, 8)}@demo.kzm.test`,
				name: `Демо гласач ${index + 1}`,
				passwordHash: '!',
				isDemo: true
			}))
		)
		.returning({ id: users.id });
	await db
		.insert(memberships)
		.values(voters.map((voter) => ({ officeId, userId: voter.id, role: 'young_person' as const })));
	const genders = ['female', 'male', 'female', 'male', 'other', 'unstated'] as const;
	const people = voters.map((voter, index) => {
		const birthYear = year - (15 + (index % 15));
		return {
			userId: voter.id,
			birthYear,
			gender: genders[index % genders.length],
			ageBand: ageBandOf(year - birthYear)
		};
	});
	await db
		.insert(participationProfiles)
		.values([
			...people.map(({ userId, birthYear, gender }) => ({ officeId, userId, birthYear, gender })),
			...(young ? [{ officeId, userId: young.id, birthYear: year - 19, gender: 'female' as const }] : [])
		]);

	for (const [index, item] of INITIATIVES.entries()) {
		const submittedAt = new Date(now.getTime() - item.daysAgo * DAY);
		const isPublic = item.status !== 'submitted' && item.status !== 'rejected';
		const reached = item.supports >= 30 ? new Date(submittedAt.getTime() + 5 * DAY) : null;
		const answered = ['accepted', 'partly_accepted', 'not_accepted', 'in_progress', 'done'].includes(item.status);
		const [created] = await db
			.insert(participationInitiatives)
			.values({
				officeId,
				authorId: index === 0 || index === 3 ? (young?.id ?? null) : people[index % people.length].userId,
				authorName: index === 0 || index === 3 ? (young?.name ?? '') : '',
				showAuthorName: index === 3,
				authorAge: 16 + (index % 12),
				groupName: item.group ?? '',
				title: item.title,
				problem: item.problem,
				proposal: item.proposal,
				categoryId: categories[item.category].id,
				status: item.status,
				rejectionReason: item.status === 'rejected' ? 'not_local' : null,
				rejectionNote:
					item.status === 'rejected'
						? 'Канцеларија не може да купује личне ствари; предлог треба да буде користан многима.'
						: '',
				hiddenAt: item.hidden ? new Date(submittedAt.getTime() + 2 * DAY) : null,
				hiddenReason: item.hidden ? 'personal_data' : null,
				supportCount: item.supports,
				thresholdReachedAt: reached,
				answerDueAt: reached ? answerDueAt(reached, 30) : null,
				answer: item.answer ?? '',
				answeredAt: answered && reached ? new Date(reached.getTime() + 20 * DAY) : null,
				linkedLabel: item.linked?.[0] ?? '',
				linkedPath: item.linked?.[1] ?? '',
				isDemo: true,
				submittedAt,
				publishedAt: isPublic ? new Date(submittedAt.getTime() + DAY) : null,
				statusChangedAt: new Date(submittedAt.getTime() + DAY)
			})
			.returning({ id: participationInitiatives.id });
		if (item.supports > 0)
			await db.insert(participationSupports).values(
				people.slice(0, Math.min(item.supports, people.length)).map((person, order) => ({
					initiativeId: created.id,
					userId: person.userId,
					showName: order % 4 === 0,
					ageBand: person.ageBand,
					gender: person.gender,
					createdAt: new Date(submittedAt.getTime() + (1 + (order % 5)) * DAY)
				}))
			);
		if (item.status === 'under_consideration' || item.status === 'accepted') {
			const [comment] = await db
				.insert(participationComments)
				.values({
					officeId,
					initiativeId: created.id,
					authorId: people[1].userId,
					authorName: 'Демо гласач 2',
					body: 'Одлична идеја, радо бих помогао у организацији.'
				})
				.returning({ id: participationComments.id });
			await db.insert(participationComments).values({
				officeId,
				initiativeId: created.id,
				parentId: comment.id,
				authorId: people[2].userId,
				authorName: 'Демо гласач 3',
				body: 'И ја се јављам, имам искуства са сличним догађајима.'
			});
		}
	}

	const [closedPoll] = await db
		.insert(participationPolls)
		.values({
			officeId,
			question: 'Када вам највише одговара да омладински клуб ради?',
			questionEn: 'When would you most like the youth club to be open?',
			options: [
				{ id: 'o1', label: 'Радним данима поподне', labelEn: 'Weekday afternoons' },
				{ id: 'o2', label: 'Радним данима увече', labelEn: 'Weekday evenings' },
				{ id: 'o3', label: 'Викендом', labelEn: 'At weekends' }
			],
			audience: 'everyone',
			opensAt: new Date(now.getTime() - 60 * DAY),
			closesAt: new Date(now.getTime() - 30 * DAY),
			isDemo: true
		})
		.returning({ id: participationPolls.id });
	await db.insert(participationPollVotes).values(
		people.map((person, index) => ({
			pollId: closedPoll.id,
			userId: person.userId,
			choices: [index % 5 < 2 ? 'o2' : index % 5 < 4 ? 'o3' : 'o1'],
			ageBand: person.ageBand,
			gender: person.gender,
			createdAt: new Date(now.getTime() - 45 * DAY)
		}))
	);
	await db.insert(participationPolls).values({
		officeId,
		question: 'Коју радионицу да организујемо следећег месеца?',
		questionEn: 'Which workshop should we run next month?',
		options: [
			{ id: 'o1', label: 'Прва помоћ', labelEn: 'First aid' },
			{ id: 'o2', label: 'Монтажа видеа', labelEn: 'Video editing' },
			{ id: 'o3', label: 'Финансијска писменост', labelEn: 'Money skills' },
			{ id: 'o4', label: 'Јавни наступ', labelEn: 'Public speaking' }
		],
		audience: 'everyone',
		opensAt: new Date(now.getTime() - 3 * DAY),
		closesAt: new Date(now.getTime() + 14 * DAY),
		isDemo: true
	});

	const [round] = await db
		.insert(participationBudgetRounds)
		.values({
			officeId,
			title: `Буџет за младе ${year}`,
			titleEn: `Youth budget ${year}`,
			description:
				'Млади од 15 до 30 година бирају пројекте које ће општина финансирати из буџета за младе. Бирајте пројекте чији збир не прелази износ круга.',
			amount: 1_000_000,
			rule: 'within_amount',
			proposalsFrom: new Date(now.getTime() - 60 * DAY),
			reviewFrom: new Date(now.getTime() - 30 * DAY),
			votingFrom: new Date(now.getTime() - 5 * DAY),
			resultsFrom: new Date(now.getTime() + 10 * DAY),
			implementationFrom: new Date(now.getTime() + 40 * DAY),
			isDemo: true
		})
		.returning({ id: participationBudgetRounds.id });
	const projects = await db
		.insert(participationBudgetProjects)
		.values([
			...PROJECTS.map(([title, description, cost], index) => ({
				officeId,
				roundId: round.id,
				authorId: people[index].userId,
				title,
				description,
				estimatedCost: cost,
				finalCost: cost,
				feasibility: 'feasible' as const,
				createdAt: new Date(now.getTime() - (55 - index) * DAY)
			})),
			{
				officeId,
				roundId: round.id,
				authorId: people[9].userId,
				title: 'Аква парк на Моравици',
				description: 'Велики аква парк са тобоганима поред реке.',
				estimatedCost: 900_000,
				finalCost: 25_000_000,
				feasibility: 'not_feasible' as const,
				feasibilityReason: 'Процењени трошак вишеструко премашује износ круга, а обала је заштићено подручје.',
				createdAt: new Date(now.getTime() - 50 * DAY)
			}
		])
		.returning({ id: participationBudgetProjects.id, cost: participationBudgetProjects.finalCost });
	const feasible = projects.slice(0, PROJECTS.length);
	const ballots = people.slice(0, 26).map((person, index) => {
		const chosen: string[] = [];
		let total = 0;
		for (let offset = 0; offset < feasible.length; offset++) {
			const project = feasible[(index * 3 + offset * (1 + (index % 3))) % feasible.length];
			if (chosen.includes(project.id) || total + (project.cost ?? 0) > 1_000_000) continue;
			if (chosen.length >= 1 + (index % 4)) break;
			chosen.push(project.id);
			total += project.cost ?? 0;
		}
		return {
			roundId: round.id,
			userId: person.userId,
			projectIds: chosen,
			ageBand: person.ageBand,
			gender: person.gender
		};
	});
	await db.insert(participationBallots).values(ballots);
	await db.insert(participationBallots).values(
		[0, 1, 2, 3, 4].map((index) => ({
			roundId: round.id,
			isPaper: true,
			enteredBy: clerk?.id ?? null,
			projectIds: [feasible[index % 3].id, feasible[5].id],
			ageBand: '15_19'
		}))
	);
}

/** Removes the participation demo content (demo voters go with the demo accounts; the demo's categories when unused). */
export async function removeDemoParticipation(db: Database, officeId: string): Promise<void> {
	await db
		.delete(participationInitiatives)
		.where(and(eq(participationInitiatives.officeId, officeId), eq(participationInitiatives.isDemo, true)));
	await db
		.delete(participationPolls)
		.where(and(eq(participationPolls.officeId, officeId), eq(participationPolls.isDemo, true)));
	await db
		.delete(participationBudgetRounds)
		.where(and(eq(participationBudgetRounds.officeId, officeId), eq(participationBudgetRounds.isDemo, true)));
	const used = db
		.select({ id: participationInitiatives.categoryId })
		.from(participationInitiatives)
		.where(eq(participationInitiatives.officeId, officeId));
	const unused = await db
		.select({ id: participationCategories.id })
		.from(participationCategories)
		.where(
			and(
				eq(participationCategories.officeId, officeId),
				inArray(
					participationCategories.name,
					CATEGORIES.map(([name]) => name)
				)
			)
		);
	const usedIds = new Set((await used).map((row) => row.id));
	const removable = unused.map((row) => row.id).filter((id) => !usedIds.has(id));
	if (removable.length) await db.delete(participationCategories).where(inArray(participationCategories.id, removable));
}

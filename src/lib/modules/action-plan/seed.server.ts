// The demo office's action plan: a realistic current plan for 2025–2029 (adopted, with areas, goals,
// measures, activities, budgets and indicators), one submitted monitoring report for 2025 and an
// earlier plan kept in the archive. Written for this platform in our own words; the organisations are
// generic or invented. Everything goes through the module's commands, so the snapshot and the history
// of changes are the real thing.
import * as v from 'valibot';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../server/db/client.ts';
import type { Actor, Context } from '../../server/actor.ts';
import { memberships, users } from '../../server/db/core-schema.ts';
import { getPublicEventBySlug } from '../events/queries.server.ts';
import { actionPlans } from './schema.ts';
import { activityInput, goalInput, indicatorInput, measureInput, monitoringEntryInput, planInput } from './inputs.ts';
import { createPlan } from './commands/create-plan.server.ts';
import { updatePlan } from './commands/update-plan.server.ts';
import { savePlanItem } from './commands/save-plan-item.server.ts';
import { saveIndicator } from './commands/save-indicator.server.ts';
import { recordIndicatorActual } from './commands/record-indicator-actual.server.ts';
import { setEventPlanLinks } from './commands/link-event.server.ts';
import {
	saveMonitoringReport,
	startMonitoringReport,
	submitMonitoringReport
} from './commands/monitoring-report.server.ts';
import { getPlanTree } from './queries.server.ts';

const DEMO_COORDINATOR = 'koordinator@demo.kzm.test';

type Budget = [
	year: number,
	source: 'municipal' | 'ministry' | 'donor' | 'other',
	note: string,
	planned: string,
	spent?: string
];

interface DemoActivity {
	key: string;
	title: string;
	titleEn: string;
	responsible: string;
	coImplementers?: string[];
	start: [number, number];
	end: [number, number];
	status: 'not_started' | 'in_progress' | 'done' | 'late' | 'dropped';
	progress: number;
	notes?: string;
	budgets?: Budget[];
	/** Demo events (by address) carried out under this activity. */
	events?: string[];
	/** What the 2025 report says about it. */
	comment2025?: string;
}

interface DemoIndicator {
	name: string;
	nameEn: string;
	unit: string;
	unitEn: string;
	baseline: [string, number];
	endTarget: string;
	targets: string[];
	actual2025: string;
	source: string;
}

/** An indicator the platform counts from the demo events linked to its measure, added in 2026. */
interface DemoCountedIndicator {
	name: string;
	nameEn: string;
	unit: string;
	unitEn: string;
	computedFrom: 'event_participants' | 'events_held' | 'volunteers';
	baseline: [string, number];
	endTarget: string;
	/** Targets for 2026 to 2029. */
	targets: string[];
}

interface DemoMeasure {
	title: string;
	titleEn: string;
	description: string;
	activities: DemoActivity[];
	indicators?: DemoIndicator[];
	counted?: DemoCountedIndicator[];
}

interface DemoGoal {
	/** Index of the national strategy area (see DEFAULT_AREAS). */
	area: number;
	title: string;
	titleEn: string;
	description: string;
	descriptionEn: string;
	indicators: DemoIndicator[];
	measures: DemoMeasure[];
}

const OFFICE = 'Канцеларија за младе';
const EMPLOYMENT_SERVICE = 'Национална служба за запошљавање, испостава Ивањица';
const HEALTH_CENTRE = 'Дом здравља Ивањица';
const MUNICIPALITY = 'Општинска управа Ивањица';

const GOALS: DemoGoal[] = [
	{
		area: 1,
		title: 'Млади лакше долазе до првог посла и покрећу сопствени посао',
		titleEn: 'Young people find their first job and start their own business more easily',
		description:
			'Млади из Ивањице одлазе јер не виде посао код куће. План повезује школе, послодавце и службу за запошљавање.',
		descriptionEn:
			'Young people leave Ivanjica because they see no work at home. The plan connects schools, employers and the employment service.',
		indicators: [
			{
				name: 'Млади од 15 до 30 година на евиденцији незапослених',
				nameEn: 'Young people aged 15–30 registered as unemployed',
				unit: 'особа',
				unitEn: 'people',
				baseline: ['612', 2024],
				endTarget: '450',
				targets: ['580', '550', '520', '485', '450'],
				actual2025: '571',
				source: 'Национална служба за запошљавање, стање 31. децембра'
			}
		],
		measures: [
			{
				title: 'Каријерно вођење и саветовање за средњошколце и младе без посла',
				titleEn: 'Career guidance and counselling for secondary school students and unemployed youth',
				description: 'Радионице, индивидуални разговори и сусрети са послодавцима.',
				counted: [
					{
						name: 'Млади на радионицама и сајмовима ове мере',
						nameEn: 'Young people at this measure’s workshops and fairs',
						unit: 'особа годишње',
						unitEn: 'people a year',
						computedFrom: 'event_participants',
						baseline: ['210', 2025],
						endTarget: '320',
						targets: ['230', '260', '290', '320']
					}
				],
				indicators: [
					{
						name: 'Млади који су прошли каријерно саветовање',
						nameEn: 'Young people who received career counselling',
						unit: 'особа годишње',
						unitEn: 'people a year',
						baseline: ['45', 2024],
						endTarget: '100',
						targets: ['60', '70', '80', '90', '100'],
						actual2025: '74',
						source: 'Евиденција Канцеларије за младе'
					}
				],
				activities: [
					{
						key: 'cv',
						title: 'Радионице писања радне биографије и припреме за разговор за посао',
						titleEn: 'Workshops on writing a CV and preparing for a job interview',
						responsible: OFFICE,
						coImplementers: [EMPLOYMENT_SERVICE, 'Техничка школа Ивањица'],
						start: [2025, 1],
						end: [2029, 4],
						status: 'in_progress',
						progress: 25,
						budgets: [
							[2025, 'municipal', 'Програм 1301, активност 0005', '150.000', '138.500'],
							[2026, 'municipal', 'Програм 1301, активност 0005', '160.000']
						],
						events: ['radionica-pisanja-cv-a', 'radionica-javnog-nastupa'],
						comment2025: 'Одржано осам радионица, четири у школама и четири у Канцеларији.'
					},
					{
						key: 'fair',
						title: 'Годишњи сајам запошљавања младих',
						titleEn: 'Yearly youth job fair',
						responsible: EMPLOYMENT_SERVICE,
						coImplementers: [OFFICE, 'Удружење предузетника Ивањице'],
						start: [2025, 2],
						end: [2029, 2],
						status: 'in_progress',
						progress: 20,
						budgets: [
							[2025, 'municipal', 'Програм 1301', '250.000', '231.000'],
							[2025, 'ministry', 'Министарство туризма и омладине', '100.000', '100.000'],
							[2026, 'municipal', 'Програм 1301', '250.000']
						],
						events: ['sajam-zaposljavanja-mladih'],
						comment2025: 'Двадесет два послодавца, око 300 посетилаца; 19 младих запослено у три месеца после сајма.'
					},
					{
						key: 'internship',
						title: 'Програм стручне праксе код локалних послодаваца',
						titleEn: 'Internship programme with local employers',
						responsible: MUNICIPALITY,
						coImplementers: [EMPLOYMENT_SERVICE],
						start: [2026, 1],
						end: [2029, 4],
						status: 'not_started',
						progress: 0,
						budgets: [[2026, 'municipal', 'Програм 1501', '600.000']]
					}
				]
			},
			{
				title: 'Подршка младима који покрећу сопствени посао',
				titleEn: 'Support for young people starting their own business',
				description: 'Обука, менторство и мали подстицаји за први бизнис.',
				indicators: [
					{
						name: 'Нове фирме и радње младих покренуте уз подршку општине',
						nameEn: 'New businesses of young people started with municipal support',
						unit: 'број',
						unitEn: 'number',
						baseline: ['2', 2024],
						endTarget: '12',
						targets: ['1', '2', '2', '3', '4'],
						actual2025: '1',
						source: 'Агенција за привредне регистре и евиденција општине'
					}
				],
				activities: [
					{
						key: 'training',
						title: 'Обука „Од идеје до бизниса”',
						titleEn: 'Training “From an idea to a business”',
						responsible: OFFICE,
						coImplementers: ['Регионална развојна агенција'],
						start: [2025, 3],
						end: [2025, 4],
						status: 'done',
						progress: 100,
						budgets: [[2025, 'donor', 'Фондација за локални развој', '320.000', '305.000']],
						comment2025: 'Обуку је завршило 14 полазника; троје је пријавило бизнис план на конкурс.'
					},
					{
						key: 'grants',
						title: 'Мали подстицаји за младе предузетнике почетнике',
						titleEn: 'Small grants for young first-time entrepreneurs',
						responsible: MUNICIPALITY,
						coImplementers: ['Савет за младе'],
						start: [2025, 4],
						end: [2028, 4],
						status: 'late',
						progress: 10,
						notes: 'Правилник о подстицајима чека усвајање у Општинском већу.',
						budgets: [
							[2025, 'municipal', 'Програм 1501', '400.000', '0'],
							[2026, 'municipal', 'Програм 1501', '800.000']
						],
						comment2025: 'Конкурс није расписан јер правилник још није усвојен; средства се преносе у 2026.'
					}
				]
			}
		]
	},
	{
		area: 2,
		title: 'Млади брину о свом физичком и менталном здрављу',
		titleEn: 'Young people look after their physical and mental health',
		description: 'Више знања, лакши приступ помоћи и више прилика за спорт и рекреацију.',
		descriptionEn: 'More knowledge, easier access to help and more chances for sport and recreation.',
		indicators: [
			{
				name: 'Средњошколци који знају где да потраже психолошку помоћ',
				nameEn: 'Secondary school students who know where to find psychological help',
				unit: '%',
				unitEn: '%',
				baseline: ['38', 2024],
				endTarget: '70',
				targets: ['45', '52', '58', '64', '70'],
				actual2025: '47',
				source: 'Годишња анонимна анкета у средњим школама'
			}
		],
		measures: [
			{
				title: 'Вршњачка едукација о менталном здрављу и болестима зависности',
				titleEn: 'Peer education on mental health and addiction',
				description: 'Обучени средњошколци воде радионице за вршњаке, уз подршку стручњака Дома здравља.',
				indicators: [
					{
						name: 'Ученици обухваћени вршњачким радионицама',
						nameEn: 'Students reached by peer workshops',
						unit: 'ученика годишње',
						unitEn: 'students a year',
						baseline: ['0', 2024],
						endTarget: '300',
						targets: ['300', '300', '300', '300', '300'],
						actual2025: '342',
						source: 'Евиденција Дома здравља и школа'
					}
				],
				activities: [
					{
						key: 'peer-training',
						title: 'Обука вршњачких едукатора у средњим школама',
						titleEn: 'Training of peer educators in secondary schools',
						responsible: HEALTH_CENTRE,
						coImplementers: ['Гимназија Ивањица', 'Техничка школа Ивањица', OFFICE],
						start: [2025, 1],
						end: [2025, 2],
						status: 'done',
						progress: 100,
						budgets: [[2025, 'ministry', 'Министарство здравља, јавни конкурс', '200.000', '196.000']],
						comment2025: 'Обучено 24 ученика из обе школе.'
					},
					{
						key: 'peer-workshops',
						title: 'Циклус радионица о менталном здрављу и зависностима',
						titleEn: 'Workshops on mental health and addiction',
						responsible: HEALTH_CENTRE,
						coImplementers: ['Удружење „Млади за младе”'],
						start: [2025, 3],
						end: [2027, 4],
						status: 'in_progress',
						progress: 35,
						budgets: [
							[2025, 'municipal', 'Програм 1801', '120.000', '112.000'],
							[2026, 'municipal', 'Програм 1801', '150.000']
						],
						comment2025: 'Шеснаест радионица у обе средње школе и две у основној школи у Кушићима.'
					},
					{
						key: 'counselling',
						title: 'Саветовалиште за младе у Дому здравља',
						titleEn: 'Youth counselling service at the health centre',
						responsible: HEALTH_CENTRE,
						start: [2026, 1],
						end: [2029, 4],
						status: 'not_started',
						progress: 0,
						budgets: [[2026, 'municipal', 'Програм 1801', '200.000']]
					}
				]
			},
			{
				title: 'Спорт и рекреација доступни свим младима',
				titleEn: 'Sport and recreation open to all young people',
				description: 'Школске лиге и уређени простори за рекреацију у граду и селима.',
				indicators: [
					{
						name: 'Млади који редовно играју у школским и градским лигама',
						nameEn: 'Young people playing regularly in school and town leagues',
						unit: 'особа',
						unitEn: 'people',
						baseline: ['120', 2024],
						endTarget: '250',
						targets: ['150', '175', '200', '225', '250'],
						actual2025: '164',
						source: 'Спортски савез општине'
					}
				],
				activities: [
					{
						key: 'league',
						title: 'Лига малог фудбала и баскета за средњошколце',
						titleEn: 'Five-a-side football and streetball league for secondary school students',
						responsible: 'Спортски савез општине Ивањица',
						coImplementers: [OFFICE],
						start: [2025, 1],
						end: [2029, 4],
						status: 'in_progress',
						progress: 20,
						budgets: [
							[2025, 'municipal', 'Програм 1301, спорт', '180.000', '176.000'],
							[2026, 'municipal', 'Програм 1301, спорт', '180.000']
						],
						comment2025: 'Лигу је играло 18 екипа, међу њима три женске.'
					},
					{
						key: 'court',
						title: 'Уређење терена за улични спорт у насељу Бедина Варош',
						titleEn: 'A street sports court in the Bedina Varoš neighbourhood',
						responsible: MUNICIPALITY,
						start: [2025, 2],
						end: [2025, 4],
						status: 'dropped',
						progress: 0,
						notes: 'Терен је пре почетка мере уредио донатор, па активност више није потребна.',
						comment2025: 'Одустало се: терен је уредио донатор, средства нису трошена.'
					}
				]
			}
		]
	},
	{
		area: 5,
		title: 'Млади активно учествују у животу заједнице',
		titleEn: 'Young people take an active part in community life',
		description: 'Волонтирање, омладински клуб и новац за идеје самих младих.',
		descriptionEn: 'Volunteering, a youth club and money for young people’s own ideas.',
		indicators: [
			{
				name: 'Млади волонтери са бар једном акцијом у години',
				nameEn: 'Young volunteers with at least one action in the year',
				unit: 'особа',
				unitEn: 'people',
				baseline: ['80', 2024],
				endTarget: '200',
				targets: ['100', '125', '150', '175', '200'],
				actual2025: '118',
				source: 'База волонтера Канцеларије за младе'
			}
		],
		measures: [
			{
				title: 'Волонтерски програм и омладински клуб',
				titleEn: 'Volunteering programme and youth club',
				description: 'Редовне волонтерске акције, признања волонтерима и простор за младе у Дому културе.',
				counted: [
					{
						name: 'Волонтери на акцијама у заједници',
						nameEn: 'Volunteers at community actions',
						unit: 'особа годишње',
						unitEn: 'people a year',
						computedFrom: 'volunteers',
						baseline: ['38', 2025],
						endTarget: '80',
						targets: ['45', '55', '65', '80']
					}
				],
				activities: [
					{
						key: 'volunteering',
						title: 'Волонтерске акције у заједници',
						titleEn: 'Volunteering actions in the community',
						responsible: OFFICE,
						coImplementers: ['Црвени крст Ивањица', 'Удружење „Млади за младе”'],
						start: [2025, 1],
						end: [2029, 4],
						status: 'in_progress',
						progress: 30,
						budgets: [
							[2025, 'municipal', 'Програм 1301', '100.000', '92.400'],
							[2026, 'municipal', 'Програм 1301', '120.000']
						],
						events: ['akcija-ciscenja-obale', 'tribina-o-volontiranju'],
						comment2025: 'Девет акција: чишћење обала, помоћ старијима, зимска хуманитарна акција.'
					},
					{
						key: 'volunteer-base',
						title: 'База волонтера и годишња признања волонтерима',
						titleEn: 'Volunteer database and yearly volunteer awards',
						responsible: OFFICE,
						start: [2025, 2],
						end: [2029, 4],
						status: 'in_progress',
						progress: 40,
						comment2025: 'База има 146 волонтера; прва признања додељена на Међународни дан волонтера.'
					},
					{
						key: 'club',
						title: 'Омладински клуб у Дому културе',
						titleEn: 'Youth club at the culture centre',
						responsible: 'Дом културе Ивањица',
						coImplementers: [OFFICE],
						start: [2025, 2],
						end: [2029, 4],
						status: 'in_progress',
						progress: 35,
						budgets: [[2025, 'municipal', 'Програм 1201, култура', '250.000', '241.000']],
						events: ['druzenje-uz-drustvene-igre'],
						comment2025: 'Клуб ради четири дана у недељи; просечно 25 посетилаца по вечери.'
					}
				]
			},
			{
				title: 'Подршка омладинским иницијативама и Савету за младе',
				titleEn: 'Support for youth initiatives and the youth council',
				description: 'Годишњи конкурс за пројекте младих и редован рад Савета за младе.',
				indicators: [
					{
						name: 'Подржане иницијативе и пројекти младих',
						nameEn: 'Youth initiatives and projects supported',
						unit: 'број годишње',
						unitEn: 'a year',
						baseline: ['4', 2024],
						endTarget: '10',
						targets: ['6', '7', '8', '9', '10'],
						actual2025: '6',
						source: 'Решења о додели средстава'
					}
				],
				activities: [
					{
						key: 'call',
						title: 'Конкурс за пројекте неформалних група младих',
						titleEn: 'Call for projects of informal youth groups',
						responsible: MUNICIPALITY,
						coImplementers: ['Савет за младе', OFFICE],
						start: [2025, 1],
						end: [2029, 4],
						status: 'in_progress',
						progress: 20,
						budgets: [
							[2025, 'municipal', 'Програм 1301, дотације', '1.000.000', '948.000'],
							[2026, 'municipal', 'Програм 1301, дотације', '1.200.000']
						],
						comment2025: 'Подржано шест пројеката, од уређења школског дворишта до филмског фестивала.'
					},
					{
						key: 'council',
						title: 'Седнице Савета за младе и јавне консултације са младима',
						titleEn: 'Youth council meetings and public consultations with young people',
						responsible: 'Савет за младе',
						coImplementers: [OFFICE],
						start: [2025, 1],
						end: [2029, 4],
						status: 'in_progress',
						progress: 20,
						comment2025: 'Пет седница и две консултације (о буџету и о омладинском клубу).'
					}
				]
			}
		]
	}
];

/** The demo coordinator as an actor, so the plan is built by the same commands a person uses. */
async function demoCoordinator(db: Database, officeId: string): Promise<Actor | null> {
	const [row] = await db
		.select({ id: users.id, name: users.name, email: users.email })
		.from(users)
		.innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.officeId, officeId)))
		.where(eq(users.email, DEMO_COORDINATOR));
	return row ? { userId: row.id, name: row.name, email: row.email, roles: ['coordinator'], isDemo: true } : null;
}

const indicatorForm = (indicator: DemoIndicator, parent: { goalId?: string; measureId?: string }) =>
	v.parse(indicatorInput, {
		...parent,
		name: indicator.name,
		nameEn: indicator.nameEn,
		unit: indicator.unit,
		unitEn: indicator.unitEn,
		baselineValue: indicator.baseline[0],
		baselineYear: String(indicator.baseline[1]),
		endTarget: indicator.endTarget,
		dataSource: indicator.source,
		targets: indicator.targets.map((target, index) => ({ year: String(2025 + index), target }))
	});

/** Builds the demo plans. */
export async function seedDemoActionPlan(db: Database, officeId: string): Promise<void> {
	const actor = await demoCoordinator(db, officeId);
	if (!actor) return;
	const ctx: Context = { db, officeId, actor };
	await seedPreviousPlan(ctx);

	const plan = await createPlan(ctx, {
		...v.parse(planInput, {
			title: 'Локални акциони план за младе општине Ивањица 2025–2029',
			titleEn: 'Local Youth Action Plan of the Municipality of Ivanjica 2025–2029',
			firstYear: '2025',
			lastYear: '2029',
			status: 'draft',
			isCurrent: 'yes',
			introduction:
				'<p>План је настао током 2024. године, из анкете у којој је учествовало 412 младих, шест фокус група у граду и селима и консултација са установама и удружењима.</p><p>Пет година, три области на које су млади највише указали: <strong>посао</strong>, <strong>здравље</strong> и <strong>учешће у заједници</strong>. Сваке године Канцеларија за младе објављује извештај о томе шта је урађено.</p>',
			introductionEn:
				'<p>The plan was drawn up during 2024 from a survey answered by 412 young people, six focus groups in town and in the villages, and consultations with institutions and associations.</p><p>Five years, three areas young people pointed to most: <strong>work</strong>, <strong>health</strong> and <strong>taking part in the community</strong>. Every year the youth office publishes a report on what was done.</p>'
		}),
		isDemo: true
	});
	const tree = (await getPlanTree(db, officeId, plan.id))!;
	const areaIds = tree.areas.map((area) => area.id);
	const activityIds = new Map<string, { id: string; measureId: string }>();
	const indicators: { id: string; actual: string }[] = [];
	const measureEvents: { measureId: string; activityId: string; slug: string }[] = [];
	const counted: { measureId: string; indicator: DemoCountedIndicator }[] = [];

	for (const goal of GOALS) {
		const { id: goalId } = await savePlanItem(ctx, {
			planId: plan.id,
			kind: 'goal',
			input: v.parse(goalInput, {
				areaId: areaIds[goal.area],
				title: goal.title,
				titleEn: goal.titleEn,
				description: goal.description,
				descriptionEn: goal.descriptionEn
			})
		});
		for (const indicator of goal.indicators) {
			const { id } = await saveIndicator(ctx, { planId: plan.id, input: indicatorForm(indicator, { goalId }) });
			indicators.push({ id, actual: indicator.actual2025 });
		}
		for (const measure of goal.measures) {
			const { id: measureId } = await savePlanItem(ctx, {
				planId: plan.id,
				kind: 'measure',
				input: v.parse(measureInput, {
					goalId,
					title: measure.title,
					titleEn: measure.titleEn,
					description: measure.description
				})
			});
			for (const indicator of measure.counted ?? []) counted.push({ measureId, indicator });
			for (const indicator of measure.indicators ?? []) {
				const { id } = await saveIndicator(ctx, { planId: plan.id, input: indicatorForm(indicator, { measureId }) });
				indicators.push({ id, actual: indicator.actual2025 });
			}
			for (const activity of measure.activities) {
				const { id } = await savePlanItem(ctx, {
					planId: plan.id,
					kind: 'activity',
					input: v.parse(activityInput, {
						measureId,
						title: activity.title,
						titleEn: activity.titleEn,
						responsible: activity.responsible,
						coImplementers: (activity.coImplementers ?? []).join('\n'),
						startYear: String(activity.start[0]),
						startQuarter: String(activity.start[1]),
						endYear: String(activity.end[0]),
						endQuarter: String(activity.end[1]),
						status: activity.status,
						progress: String(activity.progress),
						notes: activity.notes ?? '',
						budgets: (activity.budgets ?? []).map(([year, source, sourceNote, planned, spent]) => ({
							year: String(year),
							source,
							sourceNote,
							planned,
							spent: spent ?? ''
						}))
					})
				});
				activityIds.set(activity.key, { id, measureId });
				for (const slug of activity.events ?? []) measureEvents.push({ measureId, activityId: id, slug });
			}
		}
	}

	// Adopted by the municipal assembly: from here on, changes need a reason.
	await updatePlan(ctx, {
		planId: plan.id,
		input: v.parse(planInput, {
			title: tree.plan.title,
			titleEn: tree.plan.titleEn,
			firstYear: '2025',
			lastYear: '2029',
			status: 'adopted',
			decisionNumber: '06-27/2025-I',
			decisionDate: '2025-03-27',
			introduction: tree.plan.introduction,
			introductionEn: tree.plan.introductionEn,
			isCurrent: 'yes'
		})
	});

	for (const indicator of indicators)
		await recordIndicatorActual(ctx, {
			planId: plan.id,
			indicatorId: indicator.id,
			input: { year: 2025, actual: Number(indicator.actual), source: '', note: '' }
		});

	// The demo events (when the events module has them) are the plan's evidence.
	for (const link of measureEvents) {
		const event = await getPublicEventBySlug(db, officeId, link.slug);
		if (event)
			await setEventPlanLinks(ctx, {
				eventId: event.id,
				links: [{ measureId: link.measureId, activityId: link.activityId }]
			});
	}

	const report = await startMonitoringReport(ctx, { planId: plan.id, year: 2025 });
	const entries: Record<string, v.InferOutput<typeof monitoringEntryInput>> = {};
	for (const goal of GOALS)
		for (const measure of goal.measures)
			for (const activity of measure.activities) {
				const spent = (activity.budgets ?? [])
					.filter(([year, , , , spentText]) => year === 2025 && spentText !== undefined)
					.reduce((sum, [, , , , spentText]) => sum + Number(spentText!.replace(/\./g, '')), 0);
				entries[activityIds.get(activity.key)!.id] = v.parse(monitoringEntryInput, {
					status: activity.status,
					progress: String(activity.progress),
					spent: (activity.budgets ?? []).some(([year]) => year === 2025) ? String(spent) : '',
					comment: activity.comment2025 ?? ''
				});
			}
	await saveMonitoringReport(ctx, {
		reportId: report.id,
		entries,
		summary: {
			summary:
				'<p>Прва година плана протекла је углавном по плану: од 15 активности 12 је почело или завршено, а потрошено је око 93 % планираних средстава.</p><p>Највише је постигнуто у вршњачкој едукацији и волонтирању, где су циљеви за 2025. премашени. Каскају мали подстицаји за младе предузетнике, јер правилник још није усвојен; средства се преносе у 2026. годину.</p>',
			summaryEn:
				'<p>The first year of the plan went mostly as planned: of 15 activities, 12 started or were completed, and about 93 % of the planned money was spent.</p><p>Most was achieved in peer education and volunteering, where the 2025 targets were exceeded. The small grants for young entrepreneurs are late because their rules have not yet been adopted; the money moves to 2026.</p>'
		}
	});
	await submitMonitoringReport(ctx, { reportId: report.id });

	// A change after adoption, so the public history of changes has something to show.
	const grants = activityIds.get('grants')!;
	const grantsDemo = GOALS[0].measures[1].activities[1];
	await savePlanItem(ctx, {
		planId: plan.id,
		id: grants.id,
		kind: 'activity',
		input: v.parse(activityInput, {
			measureId: grants.measureId,
			title: grantsDemo.title,
			titleEn: grantsDemo.titleEn,
			responsible: grantsDemo.responsible,
			coImplementers: (grantsDemo.coImplementers ?? []).join('\n'),
			startYear: '2026',
			startQuarter: '2',
			endYear: '2028',
			endQuarter: '4',
			status: 'late',
			progress: '10',
			notes: grantsDemo.notes,
			budgets: [
				{ year: '2025', source: 'municipal', sourceNote: 'Програм 1501', planned: '400.000', spent: '0' },
				{ year: '2026', source: 'municipal', sourceNote: 'Програм 1501', planned: '1.200.000', spent: '' }
			],
			reason:
				'Правилник о подстицајима није усвојен у 2025. Почетак се помера на други квартал 2026, а неискоришћених 400.000 динара додаје се буџету за 2026. (ребаланс буџета општине).'
		})
	});

	// From 2026 the office runs its events on the platform, so two indicators are counted from them
	// (a change after adoption, with its reason); the 2025 report keeps what it said.
	for (const { measureId, indicator } of counted)
		await saveIndicator(ctx, {
			planId: plan.id,
			input: v.parse(indicatorInput, {
				measureId,
				name: indicator.name,
				nameEn: indicator.nameEn,
				unit: indicator.unit,
				unitEn: indicator.unitEn,
				baselineValue: indicator.baseline[0],
				baselineYear: String(indicator.baseline[1]),
				endTarget: indicator.endTarget,
				dataSource: 'Евиденција догађаја и присуства на порталу',
				computedFrom: indicator.computedFrom,
				targets: indicator.targets.map((target, index) => ({ year: String(2026 + index), target })),
				reason:
					'Од 2026. Канцеларија води догађаје и присуство на порталу, па овај показатељ броји платформа уместо да се уписује.'
			})
		});
}

/** The previous plan, adopted in 2020 and archived when its period ended. */
async function seedPreviousPlan(ctx: Context): Promise<void> {
	const plan = await createPlan(ctx, {
		...v.parse(planInput, {
			title: 'Локални акциони план за младе општине Ивањица 2020–2024',
			titleEn: 'Local Youth Action Plan of the Municipality of Ivanjica 2020–2024',
			firstYear: '2020',
			lastYear: '2024',
			status: 'draft'
		}),
		isDemo: true
	});
	const tree = (await getPlanTree(ctx.db, ctx.officeId, plan.id))!;
	const { id: goalId } = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'goal',
		input: v.parse(goalInput, {
			areaId: tree.areas[5].id,
			title: 'Основана Канцеларија за младе и Савет за младе',
			titleEn: 'A youth office and a youth council set up'
		})
	});
	const { id: measureId } = await savePlanItem(ctx, {
		planId: plan.id,
		kind: 'measure',
		input: v.parse(measureInput, {
			goalId,
			title: 'Простор и људи за рад са младима',
			titleEn: 'Space and people for youth work'
		})
	});
	for (const [title, titleEn] of [
		['Опремање простора Канцеларије за младе', 'Furnishing the youth office'],
		['Избор чланова Савета за младе', 'Choosing the members of the youth council']
	])
		await savePlanItem(ctx, {
			planId: plan.id,
			kind: 'activity',
			input: v.parse(activityInput, {
				measureId,
				title,
				titleEn,
				responsible: MUNICIPALITY,
				status: 'done',
				progress: '100'
			})
		});
	const adopt = (status: 'adopted' | 'archived', reason = '') =>
		updatePlan(ctx, {
			planId: plan.id,
			input: v.parse(planInput, {
				title: tree.plan.title,
				titleEn: tree.plan.titleEn,
				firstYear: '2020',
				lastYear: '2024',
				status,
				decisionNumber: '06-18/2020-I',
				decisionDate: '2020-02-20',
				reason
			})
		});
	await adopt('adopted');
	await adopt('archived', 'Период плана је истекао; на снази је план за 2025–2029.');
}

/** Removes the demo plans with everything in them. */
export async function removeDemoActionPlans(db: Database, officeId: string): Promise<void> {
	await db.delete(actionPlans).where(and(eq(actionPlans.officeId, officeId), eq(actionPlans.isDemo, true)));
}

import { defineMessages } from '../../i18n/define.ts';

export const actionPlanMessages = defineMessages({
	'actionPlan.nav': ['Акциони план', 'Action plan'],
	'actionPlan.kind': ['Локални акциони план за младе', 'Local youth action plan'],

	'actionPlan.status.draft': ['Нацрт', 'Draft'],
	'actionPlan.status.consultation': ['Јавна расправа', 'Public consultation'],
	'actionPlan.status.adopted': ['Усвојен', 'Adopted'],
	'actionPlan.status.archived': ['Архивиран', 'Archived'],

	'actionPlan.activityStatus.not_started': ['Није почела', 'Not started'],
	'actionPlan.activityStatus.in_progress': ['У току', 'In progress'],
	'actionPlan.activityStatus.done': ['Завршена', 'Done'],
	'actionPlan.activityStatus.late': ['Касни', 'Late'],
	'actionPlan.activityStatus.dropped': ['Одустало се', 'Dropped'],

	'actionPlan.budgetSource.municipal': ['Буџет општине', 'Municipal budget'],
	'actionPlan.budgetSource.ministry': ['Министарство', 'Ministry'],
	'actionPlan.budgetSource.donor': ['Донатор', 'Donor'],
	'actionPlan.budgetSource.other': ['Други извори', 'Other sources'],

	'actionPlan.computed.event_participants': [
		'Млади који су учествовали у догађајима везаним за меру',
		'Young people who took part in events linked to the measure'
	],
	'actionPlan.computed.events_held': ['Одржани догађаји везани за меру', 'Events held under the measure'],
	'actionPlan.computed.volunteers': [
		'Волонтери на догађајима везаним за меру',
		'Volunteers at events linked to the measure'
	],

	// Areas of the national youth strategy, offered when a plan is created.
	'actionPlan.area.education': ['Образовање', 'Education'],
	'actionPlan.area.employment': ['Запошљавање и предузетништво', 'Employment and entrepreneurship'],
	'actionPlan.area.health': ['Здравље и благостање', 'Health and well-being'],
	'actionPlan.area.safety': ['Безбедност', 'Safety'],
	'actionPlan.area.culture': ['Култура и слободно време', 'Culture and free time'],
	'actionPlan.area.participation': ['Активизам и учешће', 'Activism and participation'],
	'actionPlan.area.mobility': ['Мобилност', 'Mobility'],
	'actionPlan.area.inclusion': ['Социјална укљученост', 'Social inclusion'],

	'actionPlan.error.yearRange': ['Последња година не може бити пре прве.', 'The last year cannot be before the first.'],
	'actionPlan.error.yearOutside': [
		'Година мора бити у периоду плана ({first}–{last}).',
		'The year must be within the plan’s period ({first}–{last}).'
	],
	'actionPlan.error.date': ['Упишите датум као 2025-03-31.', 'Type a date such as 2025-03-31.'],
	'actionPlan.error.quarter': ['Квартал је број од 1 до 4.', 'A quarter is a number from 1 to 4.'],
	'actionPlan.error.progress': ['Напредак је број од 0 до 100.', 'Progress is a number from 0 to 100.'],
	'actionPlan.error.amount': ['Упишите износ у динарима, без тачака.', 'Type an amount in dinars, without separators.'],
	'actionPlan.error.number': [
		'Упишите број (децимале одвојите зарезом или тачком).',
		'Type a number (decimals with a comma or point).'
	],
	'actionPlan.error.weight': ['Тежина је цео број од 0 до 100.', 'A weight is a whole number from 0 to 100.'],
	'actionPlan.error.reasonRequired': [
		'План је усвојен: упишите разлог измене, он се јавно приказује у историји измена.',
		'The plan is adopted: give the reason for the change; it is shown publicly in the history of changes.'
	],
	'actionPlan.error.indicatorTarget': [
		'Показатељ припада циљу или мери.',
		'An indicator belongs to a goal or a measure.'
	],
	'actionPlan.error.reportSubmitted': [
		'Извештај је предат и више се не мења. Измене иду у извештај за наредну годину.',
		'The report has been submitted and no longer changes. Changes go into next year’s report.'
	],
	'actionPlan.error.reportExists': ['Извештај за ту годину већ постоји.', 'There is already a report for that year.'],
	'actionPlan.error.adoptNeedsDecision': [
		'За усвојени план упишите број и датум одлуке скупштине.',
		'For an adopted plan, give the number and date of the assembly’s decision.'
	],
	'actionPlan.error.notFound': ['Тај део плана не постоји.', 'That part of the plan does not exist.']
});

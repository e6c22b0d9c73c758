import { defineMessages } from '../../i18n/define.ts';

export const reportsMessages = defineMessages({
	'reports.nav.statistics': ['Статистика', 'Statistics'],

	'reports.period.quarterOf': ['{quarter}. тромесечје {year}.', 'Q{quarter} {year}'],
	'reports.period.range': ['{from} – {to}', '{from} – {to}'],
	'reports.period.kind': ['Период', 'Period'],
	'reports.period.kind.year': ['Година', 'Year'],
	'reports.period.kind.quarter': ['Тромесечје', 'Quarter'],
	'reports.period.kind.custom': ['Од – до', 'From – to'],
	'reports.period.year': ['Година', 'Year'],
	'reports.period.quarter': ['Тромесечје', 'Quarter'],
	'reports.period.quarterOption': ['{quarter}. тромесечје', 'Quarter {quarter}'],
	'reports.period.from': ['Од дана', 'From'],
	'reports.period.to': ['До дана (укључујући)', 'To (included)'],
	'reports.period.problem.year': [
		'Година мора бити између 2000. и следеће године.',
		'The year must be between 2000 and next year.'
	],
	'reports.period.problem.quarter': ['Изаберите тромесечје од 1 до 4.', 'Choose a quarter from 1 to 4.'],
	'reports.period.problem.from': ['Упишите први дан периода.', 'Enter the first day of the period.'],
	'reports.period.problem.to': ['Упишите последњи дан периода.', 'Enter the last day of the period.'],
	'reports.period.problem.order': ['Последњи дан не може бити пре првог.', 'The last day cannot be before the first.'],
	'reports.period.problem.length': [
		'Период може трајати највише пет година.',
		'A period can be at most five years long.'
	],

	'reports.statistics.title': ['Статистика канцеларије', 'Office statistics'],
	'reports.statistics.intro': [
		'Све што канцеларија ради, на једном месту, за изабрани период и исти период годину раније. Групе мање од пет особа приказане су као „<5”.',
		'Everything the office does, in one place, for the chosen period and the same period a year earlier. Groups of fewer than five people are shown as "<5".'
	],
	'reports.statistics.tabs': ['Делови статистике', 'Parts of the statistics'],
	'reports.statistics.tab.office': ['Канцеларија', 'Office'],
	'reports.statistics.tab.events': ['По догађајима', 'By event'],
	'reports.statistics.tab.settings': ['Узраст и осетљиве групе', 'Age bands and groups'],
	'reports.statistics.filter': ['Период статистике', 'Statistics period'],
	'reports.statistics.show': ['Прикажи', 'Show'],
	'reports.statistics.programme': ['Програм', 'Programme'],
	'reports.statistics.anyProgramme': ['Сви програми', 'All programmes'],
	'reports.statistics.period': ['Период', 'Period'],
	'reports.statistics.comparedWith': ['Поређење са', 'Compared with'],
	'reports.statistics.wholeOffice': [
		'Ове бројке се односе на целу канцеларију, без обзира на изабрани програм.',
		'These figures are for the whole office, whatever programme is chosen.'
	],
	'reports.statistics.downloads': ['Преузимање статистике', 'Download the statistics'],
	'reports.statistics.csv': ['Преузми статистику (ЦСВ табела)', 'Download the statistics (CSV)'],
	'reports.statistics.xlsx': ['Преузми статистику (Ексел)', 'Download the statistics (Excel)'],
	'reports.statistics.figure': ['Показатељ', 'Figure'],
	'reports.statistics.group': ['Група', 'Group'],
	'reports.statistics.count': ['Број', 'Count'],
	'reports.statistics.total': ['Укупно', 'Total'],
	'reports.statistics.previous': ['{period}: {value}', '{period}: {value}'],
	'reports.statistics.chartFigures': ['{title}: {period} и {previous}', '{title}: {period} and {previous}'],
	'reports.statistics.table': ['Табела: {title}', 'Table: {title}'],
	'reports.statistics.nothing': ['У овом периоду нема ничега за бројање.', 'Nothing to count in this period.']
});

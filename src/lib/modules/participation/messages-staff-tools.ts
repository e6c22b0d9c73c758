// Messages of the staff tools of participation: invitation codes, exports, editing polls and rounds,
// categories of initiatives.
import { defineMessages } from '../../i18n/define.ts';

export const participationStaffToolMessages = defineMessages({
	// Invitation codes of a budget round
	'participation.admin.roundRequiresCode': [
		'За гласање је потребан позивни код (деле се у школама и канцеларији)',
		'Voting needs an invitation code (handed out at schools and the office)'
	],
	'participation.admin.codes': ['Позивни кодови', 'Invitation codes'],
	'participation.admin.codesTitle': ['Позивни кодови: {title}', 'Invitation codes: {title}'],
	'participation.admin.codesIntro': [
		'Сваки код важи за једно гласање. Одштампајте листиће за одељење или преузмите списак.',
		'Each code is good for one voter. Print slips for a class or download the list.'
	],
	'participation.admin.codesBatch': ['За кога (нпр. школа и одељење)', 'For whom (e.g. school and class)'],
	'participation.admin.codesCount': ['Колико кодова', 'How many codes'],
	'participation.admin.codesGenerate': ['Направи кодове', 'Generate the codes'],
	'participation.admin.codesGenerated': [
		{ one: 'Направљен је {count} код.', few: 'Направљена су {count} кода.', other: 'Направљено је {count} кодова.' },
		{ one: '{count} code has been generated.', other: '{count} codes have been generated.' }
	],
	'participation.admin.codesEmpty': ['Још нема кодова.', 'No codes yet.'],
	'participation.admin.codesBatchSummary': [
		'{batch}: искоришћено {used} од {total}',
		'{batch}: {used} of {total} used'
	],
	'participation.admin.codesPrint': ['Листићи за штампу', 'Slips to print'],
	'participation.admin.codesCsv': ['Неискоришћени кодови (ЦСВ табела)', 'Unused codes (CSV)'],
	'participation.admin.codesPrintTitle': ['Гласање за буџет за младе', 'Youth budget vote'],
	'participation.admin.codesPrintHow': [
		'Пријавите се на порталу, отворите гласање и упишите код. Код важи једном.',
		'Sign in on the portal, open the vote and type the code. The code works once.'
	],
	'participation.admin.codesQr': ['Квадратни код са адресом гласања', 'QR code of the voting address'],
	'participation.admin.codesNotRequired': [
		'Овај круг не тражи позивни код; кодови се користе тек када се то укључи пре отварања круга.',
		'This round does not ask for an invitation code; codes are used only if that is switched on before the round opens.'
	],
	'participation.admin.column.code': ['Код', 'Code'],
	'participation.admin.column.batch': ['За кога', 'For whom'],
	'participation.admin.column.used': ['Искоришћен', 'Used'],
	'participation.ballot.code': ['Позивни код', 'Invitation code'],
	'participation.ballot.codeHint': [
		'Код сте добили у школи или у канцеларији за младе. Уписује се само први пут.',
		'You got the code at school or at the youth office. It is asked only the first time.'
	],
	'participation.code.error.missing': [
		'Упишите позивни код који сте добили.',
		'Type the invitation code you were given.'
	],
	'participation.code.error.wrong': [
		'Тај позивни код не постоји. Проверите слова и бројеве.',
		'That invitation code does not exist. Check the letters and digits.'
	],
	'participation.code.error.used': [
		'Тај позивни код је већ искоришћен.',
		'That invitation code has already been used.'
	],
	'participation.code.error.alreadyEntered': [
		'Већ сте унели један позивни код за овај круг; пошаљите листић поново.',
		'You have already entered an invitation code for this round; send your ballot again.'
	],

	// Exports
	'participation.admin.exports': ['Преузимање података', 'Download the data'],
	'participation.admin.exportsIntro': [
		'Табеле за особље; свако преузимање се бележи у дневнику.',
		'Spreadsheets for staff; every download is recorded in the audit log.'
	],
	'participation.export.initiatives': ['Иницијативе', 'Initiatives'],
	'participation.export.supports': ['Подршке по иницијативама', 'Supports by initiative'],
	'participation.export.results': ['Пројекти и резултати круга', 'Projects and results of the round'],
	'participation.export.asCsv': ['{what} (ЦСВ табела)', '{what} (CSV)'],
	'participation.export.asXlsx': ['{what} (Ексел)', '{what} (Excel)'],
	'participation.export.column.title': ['Наслов', 'Title'],
	'participation.export.column.status': ['Статус', 'Status'],
	'participation.export.column.category': ['Категорија', 'Category'],
	'participation.export.column.author': ['Аутор', 'Author'],
	'participation.export.column.submitted': ['Поднето', 'Submitted'],
	'participation.export.column.published': ['Објављено', 'Published'],
	'participation.export.column.supports': ['Подршке', 'Supports'],
	'participation.export.column.answerDue': ['Рок за одговор', 'Answer due'],
	'participation.export.column.answered': ['Одговорено', 'Answered'],
	'participation.export.column.hidden': ['Сакривено', 'Hidden'],
	'participation.export.column.ageBand': ['Узраст {band}', 'Age {band}'],
	'participation.export.column.gender': ['Пол: {gender}', 'Gender: {gender}'],
	'participation.export.column.named': [
		'Подржаваоци који су пристали да буду именовани',
		'Supporters who agreed to be named'
	],
	'participation.export.column.estimated': ['Процена предлагача (дин.)', 'Proposer’s estimate (RSD)'],
	'participation.export.column.finalCost': ['Коначна процена (дин.)', 'Final estimate (RSD)'],
	'participation.export.column.feasibility': ['Изводљивост', 'Feasibility'],
	'participation.export.column.reason': ['Образложење', 'Reasoning'],
	'participation.export.column.online': ['Гласови на порталу', 'Votes on the portal'],
	'participation.export.column.paper': ['Гласови на папиру', 'Paper votes'],
	'participation.export.column.votes': ['Укупно гласова', 'Total votes'],
	'participation.export.column.outcome': ['Исход', 'Outcome'],
	'participation.export.column.progress': ['Реализација (%)', 'Carried out (%)'],
	'participation.export.anonymous': ['млада особа, {age}', 'a young person, {age}'],
	'participation.export.anonymousNoAge': ['млада особа', 'a young person'],
	'participation.export.group': ['група: {name}', 'group: {name}'],
	'participation.export.fewer': ['<5', '<5'],
	'participation.export.yes': ['да', 'yes'],
	'participation.export.winner': ['изабран', 'chosen'],
	'participation.export.skipped': ['није стао у износ', 'did not fit the amount'],
	'participation.export.notChosen': ['није изабран', 'not chosen'],

	// Editing polls and rounds
	'participation.admin.edit': ['Измени', 'Edit'],
	'participation.admin.editPoll': ['Измена анкете', 'Edit the poll'],
	'participation.admin.editRound': ['Измена круга', 'Edit the round'],
	'participation.admin.editOpenedNote': [
		'Већ је отворено: мењају се само текстови и датуми који тек долазе, и то само на касније.',
		'It is already open: only the texts and dates still ahead can change, and only to later.'
	],
	'participation.admin.savePollChanges': ['Сачувај измене', 'Save the changes'],
	'participation.edit.error.opened': [
		'Измена није сачувана: неки делови се више не мењају јер је већ отворено.',
		'The change was not saved: some parts can no longer change because it is already open.'
	],
	'participation.edit.error.locked': [
		'Ово се више не мења јер је већ отворено.',
		'This can no longer change because it is already open.'
	],
	'participation.edit.error.started': [
		'Тај датум је прошао и више се не мења.',
		'That date has passed and can no longer change.'
	],
	'participation.edit.error.onlyLater': ['Датум може само да се помери на касније.', 'The date can only move later.'],

	// Categories of initiatives
	'participation.admin.categories': ['Категорије', 'Categories'],
	'participation.admin.categoriesIntro': [
		'Категорије иницијатива. Подразумевано су то области локалног акционог плана; можете их допунити, преименовати или повући.',
		'Categories of initiatives. By default they are the local action plan’s areas; you can add, rename or retire them.'
	],
	'participation.admin.categoryName': ['Назив', 'Name'],
	'participation.admin.categoryNameEn': ['Назив на енглеском', 'Name in English'],
	'participation.admin.categoryAdd': ['Додај категорију', 'Add a category'],
	'participation.admin.categoryRename': ['Сачувај назив', 'Save the name'],
	'participation.admin.categoryRetire': ['Повуци', 'Retire'],
	'participation.admin.categoryRestore': ['Врати', 'Bring back'],
	'participation.admin.categoryRetired': ['повучена', 'retired'],
	'participation.admin.categorySaved': ['Категорија је сачувана.', 'The category has been saved.'],
	'participation.admin.categoriesFromPlan': ['Преузми области акционог плана', 'Take the action plan’s areas'],
	'participation.admin.categoriesFromPlanDone': [
		{
			one: 'Додата је {count} категорија.',
			few: 'Додате су {count} категорије.',
			other: 'Додато је {count} категорија.'
		},
		{ one: '{count} category has been added.', other: '{count} categories have been added.' }
	],
	'participation.admin.categoriesNoPlan': [
		'Акциони план још нема области које би се преузеле.',
		'The action plan has no areas to take yet.'
	],
	'participation.error.categoryExists': [
		'Категорија са тим називом већ постоји.',
		'A category with that name already exists.'
	]
});

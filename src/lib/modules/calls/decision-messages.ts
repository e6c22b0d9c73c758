import { defineMessages } from '../../i18n/define.ts';

/** Words of what follows the ranking: the decision, appeals, contracts, payments, reports and their e-mails. */
export const callsDecisionMessages = defineMessages({
	'calls.dashboard.reports': [
		{
			one: '{count} извештај о пројекту чека преглед',
			few: '{count} извештаја о пројектима чекају преглед',
			other: '{count} извештаја о пројектима чека преглед'
		},
		{ one: '{count} project report waiting for review', other: '{count} project reports waiting for review' }
	],
	'calls.dashboard.appeals': [
		{
			one: '{count} приговор на одлуку о конкурсу чека одлуку',
			few: '{count} приговора на одлуке о конкурсима чекају одлуку',
			other: '{count} приговора на одлуке о конкурсима чека одлуку'
		},
		{ one: '{count} appeal against a call decision waiting', other: '{count} appeals against call decisions waiting' }
	],
	'calls.personalData.appeals': ['Приговори на одлуке о конкурсима', 'Appeals against call decisions'],
	'calls.export.title': ['Извоз података', 'Export data'],
	'calls.export.applications': ['Пријаве на конкурс', 'Applications to the call'],
	'calls.export.scores': ['Оцене комисије', 'Committee scores'],
	'calls.export.decision': ['Одлука и износи', 'Decision and amounts'],
	'calls.export.link': ['{what} ({format})', '{what} ({format})'],
	'calls.export.applicantType': ['Врста подносиоца', 'Type of applicant'],
	'calls.export.email': ['Е-адреса', 'E-mail'],
	'calls.export.submittedAt': ['Поднето', 'Submitted'],
	'calls.export.check': ['Административна провера', 'Administrative check'],
	'calls.export.member': ['Члан комисије', 'Committee member'],
	'calls.export.total': ['Укупно', 'Total'],
	'calls.export.note': ['Напомена', 'Note'],
	'calls.export.conflict': ['Сукоб интереса', 'Conflict of interest'],
	'calls.statistics.title': ['Конкурси за пројекте младих', 'Funding calls for youth projects'],
	'calls.statistics.applications': ['Поднете пријаве', 'Applications submitted'],
	'calls.statistics.eligible': ['Пријаве које испуњавају услове', 'Applications meeting the conditions'],
	'calls.statistics.funded': ['Финансирани пројекти', 'Projects funded'],
	'calls.statistics.granted': ['Додељено (дин.)', 'Granted (RSD)'],
	'calls.statistics.applicationsByType': ['Пријаве по врсти подносиоца', 'Applications by type of applicant'],
	'calls.statistics.grantedByType': ['Додељено по врсти подносиоца (дин.)', 'Granted by type of applicant (RSD)'],
	'calls.statistics.grantedByCall': ['Додељено по конкурсу (дин.)', 'Granted by call (RSD)'],
	'calls.projects_funded': [
		'пројекти финансирани на конкурсима који финансирају ову меру',
		'projects funded by calls funding this measure'
	],
	'calls.money_granted': [
		'динари додељени на конкурсима који финансирају ову меру',
		'dinars granted by calls funding this measure'
	],
	'calls.decision.title': ['Одлука о додели средстава', 'Funding decision'],
	'calls.decision.intro': [
		'Износи се предлажу из ранг-листе; можете их изменити пре објаве. Објављена одлука се више не мења, осим по усвојеном приговору.',
		'The amounts are proposed from the ranking; you may change them before publishing. A published decision no longer changes, except through an upheld appeal.'
	],
	'calls.decision.stage.none': ['Одлука још није донета', 'No decision yet'],
	'calls.decision.stage.draft': ['Одлука није објављена', 'Decision not published'],
	'calls.decision.stage.appealWindow': ['Рок за приговоре тече', 'Appeal window open'],
	'calls.decision.stage.appealsPending': ['Чекају се одлуке о приговорима', 'Appeals waiting for a decision'],
	'calls.decision.stage.final': ['Одлука је коначна', 'The decision is final'],
	'calls.decision.amounts': ['Износи по пројектима', 'Amounts by project'],
	'calls.decision.amountsHint': [
		'Износ не може бити већи од траженог; мањи износ је могућ само ако конкурс дозвољава делимично финансирање.',
		'An amount may not exceed the request; a smaller one is possible only when the call allows partial funding.'
	],
	'calls.decision.facts': ['Број, датум и рок за приговор', 'Number, date and appeal deadline'],
	'calls.decision.number': ['Број одлуке', 'Decision number'],
	'calls.decision.decidedOn': ['Датум одлуке', 'Date of the decision'],
	'calls.decision.appealUntil': ['Приговори до (закључно)', 'Appeals until (inclusive)'],
	'calls.decision.note': ['Напомена', 'Note'],
	'calls.decision.record': ['Сачувај одлуку', 'Save the decision'],
	'calls.decision.recorded': ['Одлука је сачувана.', 'The decision has been saved.'],
	'calls.decision.publish': ['Објави одлуку и обавести подносиоце', 'Publish the decision and tell the applicants'],
	'calls.decision.publishHint': [
		'Одлука ће бити објављена на страници конкурса, а сваки подносилац добија поруку са износом и роком за приговор.',
		'The decision will appear on the call’s page, and every applicant gets a message with their amount and the appeal deadline.'
	],
	'calls.decision.publishedFlash': ['Одлука је објављена.', 'The decision has been published.'],
	'calls.decision.viewPublic': ['Погледај објављену одлуку', 'View the published decision'],
	'calls.decision.rankingLabel': ['Ранг-листа са износима', 'Ranking with amounts'],
	'calls.decision.columnAwarded': ['Додељено', 'Awarded'],
	'calls.decision.columnProject': ['Пројекат', 'Project'],
	'calls.decision.total': ['Укупно додељено', 'Total awarded'],
	'calls.decision.overBudget': [
		'Збир износа прелази буџет конкурса ({budget} дин.).',
		'The amounts add up to more than the call’s budget ({budget} RSD).'
	],
	'calls.decision.award.overRequest': ['Износ је већи од траженог.', 'The amount is more than was asked.'],
	'calls.decision.award.partialNotAllowed': [
		'Конкурс не дозвољава делимично финансирање: упишите цео тражени износ или нулу.',
		'The call does not allow partial funding: type the whole request or zero.'
	],
	'calls.decision.award.notEligible': [
		'Пројекат није на листи за финансирање (испод најмањег броја бодова или неоцењен).',
		'The project cannot be funded (below the minimum points or not scored).'
	],
	'calls.decision.appealBeforeDecision': [
		'Рок за приговор не може бити пре датума одлуке.',
		'The appeal deadline cannot be before the decision’s date.'
	],
	'calls.decision.callNotClosed': [
		'Одлука се доноси тек кад се конкурс затвори.',
		'A decision can be made only once the call has closed.'
	],
	'calls.decision.alreadyPublished': ['Одлука је већ објављена.', 'The decision has already been published.'],
	'calls.decision.notRecorded': ['Прво сачувајте одлуку.', 'Save the decision first.'],
	'calls.decision.documentTitle': ['Одлука о додели средстава бр. {number}', 'Funding decision no. {number}'],
	'calls.decision.publicTitle': ['Одлука бр. {number}', 'Decision no. {number}'],
	'calls.decision.publicIntro': [
		'Одлука је донета {date}. Укупно додељено: {total}.',
		'The decision was made on {date}. Total awarded: {total}.'
	],
	'calls.decision.publicAppeal': [
		'Подносиоци могу уложити приговор закључно са {date}.',
		'Applicants may appeal until {date} inclusive.'
	],
	'calls.decision.publicAppealsPending': [
		'Рок за приговоре је истекао; одлучује се о приговорима.',
		'The appeal window has closed; the appeals are being decided.'
	],
	'calls.decision.publicFinal': ['Одлука је коначна.', 'The decision is final.'],
	'calls.decision.downloadPdf': ['Преузми одлуку (ПДФ)', 'Download the decision (PDF)'],

	'calls.appeal.title': ['Приговори', 'Appeals'],
	'calls.appeal.none': ['Нема приговора.', 'No appeals.'],
	'calls.appeal.application': ['Пријава', 'Application'],
	'calls.appeal.text': ['Образложење приговора', 'Grounds of the appeal'],
	'calls.appeal.recordTitle': ['Упиши приговор примљен у папиру', 'Record an appeal received on paper'],
	'calls.appeal.record': ['Упиши приговор', 'Record the appeal'],
	'calls.appeal.lodge': ['Уложи приговор', 'Lodge an appeal'],
	'calls.appeal.send': ['Пошаљи приговор', 'Send the appeal'],
	'calls.appeal.lodgedFlash': ['Приговор је примљен.', 'The appeal has been received.'],
	'calls.appeal.outcome': ['Одлука о приговору', 'Decision on the appeal'],
	'calls.appeal.outcome.upheld': ['Усвојен', 'Upheld'],
	'calls.appeal.outcome.rejected': ['Одбијен', 'Rejected'],
	'calls.appeal.answer': ['Образложење одлуке', 'Reasons'],
	'calls.appeal.newAmount': ['Нови износ (дин.)', 'New amount (RSD)'],
	'calls.appeal.newAmountHint': [
		'Само ако усвојени приговор мења износ; иначе оставите празно.',
		'Only when the upheld appeal changes the amount; otherwise leave it empty.'
	],
	'calls.appeal.decide': ['Сачувај одлуку о приговору', 'Save the decision on the appeal'],
	'calls.appeal.decidedFlash': ['Одлука о приговору је сачувана.', 'The decision on the appeal has been saved.'],
	'calls.appeal.waiting': ['Приговор чека одлуку.', 'The appeal is waiting for a decision.'],
	'calls.appeal.closed': ['Рок за приговоре је истекао.', 'The appeal window has closed.'],
	'calls.appeal.noDecision': ['Одлука још није објављена.', 'The decision has not been published yet.'],
	'calls.appeal.windowClosed': [
		'Рок за приговоре је истекао, приговор више није могуће уложити.',
		'The appeal window has closed; an appeal can no longer be lodged.'
	],
	'calls.appeal.alreadyDecided': ['О овом приговору је већ одлучено.', 'This appeal has already been decided.'],

	'calls.contract.title': ['Уговор', 'Contract'],
	'calls.contract.column': ['Уговор', 'Contract'],
	'calls.contract.prepare': ['Припреми уговор', 'Prepare the contract'],
	'calls.contract.prepareHint': [
		'Додељени износ се дели на транше према проценту прве транше; остатак је друга транша.',
		'The amount awarded is split into tranches by the first tranche’s share; the rest is the second tranche.'
	],
	'calls.contract.number': ['Број уговора', 'Contract number'],
	'calls.contract.signedOn': ['Датум потписивања', 'Date signed'],
	'calls.contract.firstPercent': ['Прва транша (%)', 'First tranche (%)'],
	'calls.contract.firstDue': ['Рок исплате прве транше', 'First tranche due'],
	'calls.contract.secondDue': ['Рок исплате друге транше', 'Second tranche due'],
	'calls.contract.interimReportDue': ['Рок за периодични извештај', 'Interim report due'],
	'calls.contract.finalReportDue': ['Рок за завршни и финансијски извештај', 'Final and financial reports due'],
	'calls.contract.create': ['Направи уговор', 'Create the contract'],
	'calls.contract.created': ['Уговор је направљен.', 'The contract has been created.'],
	'calls.contract.secondDueRequired': [
		'Упишите рок друге транше (прва није 100 %).',
		'Type when the second tranche is due (the first is not 100%).'
	],
	'calls.contract.finalBeforeInterim': [
		'Завршни извештај не може бити пре периодичног.',
		'The final report cannot be due before the interim one.'
	],
	'calls.contract.decisionNotFinal': [
		'Уговор се прави тек кад је одлука коначна.',
		'A contract can be made only once the decision is final.'
	],
	'calls.contract.notFunded': ['Овом пројекту нису додељена средства.', 'This project was not awarded any money.'],
	'calls.contract.exists': ['Уговор за овај пројекат већ постоји.', 'This project already has a contract.'],
	'calls.contract.downloadPdf': ['Преузми уговор (ПДФ)', 'Download the contract (PDF)'],
	'calls.contract.downloadDocx': ['Преузми уговор (Ворд)', 'Download the contract (Word)'],
	'calls.contract.documentTitle': ['Уговор о финансирању пројекта бр. {number}', 'Project grant contract no. {number}'],
	'calls.contract.parties': [
		'Уговор закључују {office}, као давалац средстава, и {applicant}, као корисник, на основу одлуке о додели средстава по конкурсу „{call}“.',
		'This contract is made between {office}, as the funder, and {applicant}, as the grantee, under the funding decision of the call “{call}”.'
	],
	'calls.contract.amount': ['Износ', 'Amount'],
	'calls.contract.projectTotal': ['Укупна вредност пројекта', 'Total project value'],
	'calls.contract.subject': ['Предмет уговора', 'Subject of the contract'],
	'calls.contract.tranches': ['Исплата у траншама', 'Payment in tranches'],
	'calls.contract.tranche': ['Транша', 'Tranche'],
	'calls.contract.dueOn': ['Рок', 'Due'],
	'calls.contract.reporting': ['Извештавање', 'Reporting'],
	'calls.contract.interimDue': ['Периодични наративни извештај: до {date}', 'Interim narrative report: by {date}'],
	'calls.contract.finalDue': [
		'Завршни наративни и финансијски извештај, с доказима о трошковима: до {date}',
		'Final narrative and financial report, with receipts: by {date}'
	],
	'calls.contract.duties': ['Обавезе корисника', 'Duties of the grantee'],
	'calls.contract.duty.purpose': [
		'Средства користи само за пројекат и према одобреном буџету.',
		'Uses the money only for the project and according to the approved budget.'
	],
	'calls.contract.duty.reports': [
		'Подноси извештаје у роковима и омогућава увид у документацију.',
		'Submits the reports on time and allows the records to be inspected.'
	],
	'calls.contract.duty.refund': [
		'Враћа средства која нису утрошена или нису утрошена наменски.',
		'Returns money not spent, or not spent for the project.'
	],
	'calls.contract.signatures': [
		'За даваоца средстава: {office} ____________________     За корисника: ____________________',
		'For the funder: {office} ____________________     For the grantee: ____________________'
	],

	'calls.payment.title': ['Исплате', 'Payments'],
	'calls.payment.paidOn': ['Исплаћено', 'Paid on'],
	'calls.payment.reference': ['Број налога', 'Payment reference'],
	'calls.payment.record': ['Упиши исплату', 'Record a payment'],
	'calls.payment.recorded': ['Исплата је уписана.', 'The payment has been recorded.'],
	'calls.payment.unpaid': ['Није исплаћено', 'Not paid'],
	'calls.payment.overTranche': [
		'Износ мора бити већи од нуле и не већи од транше.',
		'The amount must be more than zero and no more than the tranche.'
	],
	'calls.payment.alreadyPaid': ['Ова транша је већ исплаћена.', 'This tranche has already been paid.'],

	'calls.report.title': ['Извештаји', 'Reports'],
	'calls.report.kind.interim': ['Периодични наративни извештај', 'Interim narrative report'],
	'calls.report.kind.final': ['Завршни наративни извештај', 'Final narrative report'],
	'calls.report.kind.financial': ['Финансијски извештај', 'Financial report'],
	'calls.report.status.due': ['Очекује се', 'Due'],
	'calls.report.status.submitted': ['Поднет', 'Submitted'],
	'calls.report.status.accepted': ['Прихваћен', 'Accepted'],
	'calls.report.status.returned': ['Враћен на допуну', 'Returned for changes'],
	'calls.report.dueOn': ['Рок: {date}', 'Due: {date}'],
	'calls.report.done': ['Шта је урађено', 'What was done'],
	'calls.report.results': ['Резултати према показатељима', 'Results against the indicators'],
	'calls.report.resultsHint': [
		'За сваки показатељ из пријаве: планирано и постигнуто.',
		'For each indicator of the application: planned and achieved.'
	],
	'calls.report.spent': ['Потрошено (дин.)', 'Spent (RSD)'],
	'calls.report.photos': ['Фотографије', 'Photos'],
	'calls.report.receipts': ['Рачуни и докази о плаћању', 'Receipts and proofs of payment'],
	'calls.report.sentFiles': ['Послате фотографије и рачуни:', 'Photos and receipts sent:'],
	'calls.report.filesHint': ['ПДФ, ЈПГ или ПНГ, до 10 МБ по датотеци.', 'PDF, JPEG or PNG, up to 10 MB per file.'],
	'calls.report.fileType': [
		'Датотека није ПДФ, ЈПГ ни ПНГ (проверава се садржај, не назив).',
		'The file is not a PDF, JPEG or PNG (its content is checked, not its name).'
	],
	'calls.report.fileTooLarge': ['Датотека је већа од {max} МБ.', 'The file is larger than {max} MB.'],
	'calls.report.receiptsRequired': ['Приложите рачуне.', 'Attach the receipts.'],
	'calls.report.send': ['Пошаљи извештај', 'Send the report'],
	'calls.report.submittedFlash': ['Извештај је поднет.', 'The report has been submitted.'],
	'calls.report.notEditable': [
		'Извештај је већ поднет или прихваћен.',
		'The report has already been submitted or accepted.'
	],
	'calls.report.notSubmitted': ['Извештај није поднет.', 'The report has not been submitted.'],
	'calls.report.verdict': ['Оцена извештаја', 'Verdict'],
	'calls.report.comment': ['Коментар', 'Comment'],
	'calls.report.commentRequired': ['Напишите шта треба допунити.', 'Write what needs to be changed.'],
	'calls.report.review': ['Сачувај оцену', 'Save the verdict'],
	'calls.report.reviewed': ['Оцена извештаја је сачувана.', 'The verdict has been saved.'],

	'calls.results.title': ['Одлука и извештаји', 'Decision and reports'],
	'calls.results.link': ['Одлука, приговор, уговор и извештаји', 'Decision, appeal, contract and reports'],
	'calls.results.none': ['Одлука још није објављена', 'The decision has not been published yet'],
	'calls.results.fullDecision': ['Цела одлука на страници конкурса', 'The whole decision on the call’s page'],
	'calls.results.tranche': ['Транша {number}: {amount}, рок {date}', 'Tranche {number}: {amount}, due {date}'],
	'calls.results.paid': ['исплаћено {date}', 'paid on {date}'],

	'calls.mail.round.subject': [
		'Отворен је круг расправе о пријави {reference}',
		'A discussion round is open on application {reference}'
	],
	'calls.mail.round.text': [
		'Председник комисије за конкурс „{call}“ отворио је круг расправе о пријави {reference}. Своју оцену можете да измените уз коментар који објашњава зашто.',
		'The chair of the committee for the call “{call}” opened a discussion round on application {reference}. You may revise your score, with a comment saying why.'
	],
	'calls.mail.round.note': ['Напомена председника: {note}', 'The chair’s note: {note}'],
	'calls.mail.decision.subject': ['Одлука о конкурсу: пријава {reference}', 'Call decision: application {reference}'],
	'calls.mail.decision.text': [
		'Објављена је одлука о конкурсу „{call}“ (број одлуке: {number}).',
		'The decision on the call “{call}” has been published (decision number: {number}).'
	],
	'calls.mail.decision.funded': ['Вашем пројекту је додељено {amount}.', 'Your project has been awarded {amount}.'],
	'calls.mail.decision.notFunded': ['Ваш пројекат није добио средства.', 'Your project was not awarded any money.'],
	'calls.mail.decision.appeal': [
		'Приговор можете уложити закључно са {date}, на страници ваше пријаве.',
		'You may appeal until {date} inclusive, on your application’s page.'
	],
	'calls.mail.appeal.subject': [
		'Одлука о приговору: пријава {reference}',
		'Decision on your appeal: application {reference}'
	],
	'calls.mail.appeal.upheld': ['Ваш приговор је усвојен.', 'Your appeal has been upheld.'],
	'calls.mail.appeal.rejected': ['Ваш приговор је одбијен.', 'Your appeal has been rejected.'],
	'calls.mail.report.subject': ['Ваш извештај: пријава {reference}', 'Your report: application {reference}'],
	'calls.mail.report.accepted': ['Ваш извештај „{kind}“ је прихваћен.', 'Your report “{kind}” has been accepted.'],
	'calls.mail.report.returned': [
		'Ваш извештај „{kind}“ враћен је на допуну. Ево шта треба променити:',
		'Your report “{kind}” has been returned for changes. This is what needs changing:'
	],
	'calls.mail.reminder.before.subject': [
		'Подсетник: извештај за пријаву {reference}',
		'Reminder: report for application {reference}'
	],
	'calls.mail.reminder.before.text': [
		'Рок за извештај „{kind}“ по конкурсу „{call}“ је {date}.',
		'Your report “{kind}” for the call “{call}” is due on {date}.'
	],
	'calls.mail.reminder.after.subject': [
		'Рок је прошао: извештај за пријаву {reference}',
		'Overdue: report for application {reference}'
	],
	'calls.mail.reminder.after.text': [
		'Рок за извештај „{kind}“ по конкурсу „{call}“ био је {date}. Поднесите га што пре.',
		'Your report “{kind}” for the call “{call}” was due on {date}. Please submit it as soon as you can.'
	]
});

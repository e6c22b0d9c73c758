import { defineMessages } from '../../i18n/define.ts';

export const systemMessages = defineMessages({
	'system.audit.nav': ['Дневник промена', 'Audit log'],
	'system.audit.title': ['Дневник промена', 'Audit log'],
	'system.audit.intro': [
		'Свака измена и сваки увид особља у спискове са личним подацима бележе се овде: ко, шта, над којим записом и када.',
		'Every change and every staff look at lists of personal data is recorded here: who, what, which record and when.'
	],
	'system.audit.details': ['Детаљи', 'Details'],
	'system.audit.filterAction': ['Радња садржи', 'Action contains'],
	'system.audit.filter': ['Филтрирај', 'Filter'],
	'system.audit.anonymous': ['(без налога)', '(no account)'],
	'system.outbox.nav': ['Послата пошта', 'Outbox'],
	'system.outbox.title': ['Одлазна пошта', 'Outbox'],
	'system.outbox.intro': [
		'Поруке које платформа шаље. Док слање није подешено (SMTP_URL), поруке остају овде и можете их прочитати.',
		'Messages the platform sends. Until sending is configured (SMTP_URL), messages stay here and you can read them.'
	],
	'system.outbox.smtpOff': [
		'Слање е-поште није подешено: поруке чекају овде.',
		'E-mail sending is not configured: messages wait here.'
	],
	'system.outbox.smtpOn': ['Слање е-поште је укључено.', 'E-mail sending is on.'],
	'system.outbox.to': ['Прима', 'To'],
	'system.outbox.subject': ['Наслов', 'Subject'],
	'system.outbox.status': ['Стање', 'Status'],
	'system.outbox.created': ['Направљена', 'Created'],
	'system.outbox.status.pending': ['Чека', 'Waiting'],
	'system.outbox.status.sending': ['Шаље се', 'Sending'],
	'system.outbox.status.sent': ['Послата', 'Sent'],
	'system.outbox.status.failed': ['Неуспело', 'Failed'],
	'system.outbox.bodyRemoved': [
		'Садржај је уклоњен после слања јер је садржао приватну везу.',
		'The content was removed after sending because it held a private link.'
	],
	'system.outbox.show': ['Прикажи поруку', 'Show message'],
	'admin.dashboard.title': ['Управљање канцеларијом', 'Office back-office'],
	'admin.dashboard.intro': ['Изаберите шта желите да уредите.', 'Choose what you want to work on.'],
	'admin.dashboard.demo': [
		'Радите у демо канцеларији. Када будете спремни за прави рад, уклоните демо садржај у подешавањима.',
		'You are working in the demo office. When you are ready for real work, remove the demo content in the settings.'
	],
	'admin.dashboard.attention': ['Чека на вас', 'Waiting for you'],
	'admin.dashboard.nothingWaiting': ['Све је решено. Ништа не чека на вас.', 'All done. Nothing is waiting for you.'],
	'admin.dashboard.today': ['Данас', 'Today'],
	'admin.dashboard.week': ['До краја недеље', 'Later this week'],
	'admin.dashboard.noEventsToday': ['Данас нема догађаја.', 'No events today.'],
	'admin.dashboard.noEventsWeek': ['До краја недеље нема других догађаја.', 'No other events this week.'],
	'admin.dashboard.sessionOf': ['термин {number}/{count}', 'session {number} of {count}'],
	'admin.dashboard.checkIn': ['Евиденција доласка', 'Check-in'],
	'admin.dashboard.figures': [
		'{year}. до данас, у односу на исти период прошле године',
		'{year} so far, against the same period last year'
	],

	// Data-rights export (manifest hook personalData).
	'system.personalData.mail': ['Поруке е-поште које смо вам послали', 'E-mail we sent you'],
	'system.personalData.audit': ['Ваше радње на порталу', 'Your actions on the portal']
});

import { defineMessages } from '../../i18n/define.ts';

export const contactMessages = defineMessages({
	'contact.kind': ['Контакт', 'Contact'],

	'contact.page.title': ['Контакт', 'Contact'],
	'contact.page.intro': [
		'Свратите, позовите или нам пишите. Одговарамо радним данима, обично у року од два дана.',
		'Drop in, call or write to us. We reply on working days, usually within two days.'
	],
	'contact.page.details': ['Где смо и када радимо', 'Where we are and when we are open'],
	'contact.form.title': ['Пошаљите поруку', 'Send a message'],
	'contact.form.name': ['Име и презиме', 'Your name'],
	'contact.form.email': ['Е-пошта', 'E-mail'],
	'contact.form.emailHint': ['На ову адресу ћемо вам одговорити.', 'We will reply to this address.'],
	'contact.form.subject': ['Тема', 'Subject'],
	'contact.form.message': ['Порука', 'Message'],
	'contact.form.consent': [
		'Пристајем да канцеларија за младе сачува моје име, адресу е-поште и поруку да би ми одговорила. Копија поруке стиже на адресу е-поште канцеларије. Подаци се не објављују и не дају никоме другом, а у сваком тренутку могу тражити да буду обрисани.',
		'I agree that the youth office keeps my name, e-mail address and message in order to reply to me. A copy of the message goes to the office’s e-mail address. The data is not published or given to anyone else, and I can ask at any time for it to be deleted.'
	],
	'contact.form.consentRequired': [
		'Без ваше сагласности не можемо да сачувамо поруку ни да вам одговоримо.',
		'Without your consent we cannot keep your message or reply to it.'
	],
	'contact.form.trap': ['Оставите ово поље празно', 'Leave this field empty'],
	'contact.form.submit': ['Пошаљи поруку', 'Send message'],
	'contact.sent.title': ['Порука је послата', 'Your message has been sent'],
	'contact.sent.text': [
		'Хвала вам! Примили смо вашу поруку и одговорићемо на адресу е-поште коју сте навели, обично у року од два радна дана.',
		'Thank you! We have received your message and will reply to the e-mail address you gave, usually within two working days.'
	],
	'contact.sent.again': ['Пошаљи још једну поруку', 'Send another message'],
	'contact.sent.home': ['Назад на почетну страну', 'Back to the home page'],

	'contact.mail.subject': ['Порука са портала: {subject}', 'Message from the portal: {subject}'],
	'contact.mail.noSubject': ['без теме', 'no subject'],
	'contact.mail.body': [
		'Посетилац портала послао је поруку преко контакт обрасца.\n\nИме: {name}\nЕ-пошта: {email}\nТема: {subject}\nПослато: {date}\n\n{message}\n\n---\nОдговорите на адресу {email}. Поруку видите и у управљању порталом, у одељку „Поруке посетилаца“.\nПошиљалац је пристао на следеће: „{consent}“',
		'A visitor sent a message through the portal’s contact form.\n\nName: {name}\nE-mail: {email}\nSubject: {subject}\nSent: {date}\n\n{message}\n\n---\nReply to {email}. The message is also in the portal’s administration, under “Visitors’ messages”.\nThe sender agreed to the following: “{consent}”'
	],

	'contact.admin.nav': ['Поруке посетилаца', 'Visitors’ messages'],
	'contact.admin.title': ['Поруке посетилаца', 'Visitors’ messages'],
	'contact.admin.intro': [
		'Поруке послате преко контакт обрасца на порталу. Садрже податке о личности: користите их само да бисте одговорили. Свако отварање овог списка бележи се у дневнику промена.',
		'Messages sent through the contact form on the portal. They contain personal data: use them only to reply. Every opening of this list is recorded in the audit log.'
	],
	'contact.admin.filter': ['Прикажи', 'Show'],
	'contact.admin.filter.open': ['Нерешене', 'Open'],
	'contact.admin.filter.handled': ['Решене', 'Handled'],
	'contact.admin.filter.all': ['Све', 'All'],
	'contact.admin.filterSubmit': ['Примени', 'Apply'],
	'contact.admin.openCount': [
		{ one: '{count} нерешена порука', few: '{count} нерешене поруке', other: '{count} нерешених порука' },
		{ one: '{count} open message', other: '{count} open messages' }
	],
	'contact.admin.from': ['Од', 'From'],
	'contact.admin.received': ['Примљено', 'Received'],
	'contact.admin.noSubject': ['(без теме)', '(no subject)'],
	'contact.admin.consent': ['Сагласност коју је пошиљалац дао', 'Consent the sender gave'],
	'contact.admin.handledBy': ['Решено {date}, {name}', 'Handled on {date} by {name}'],
	'contact.admin.handledOn': ['Решено {date}', 'Handled on {date}'],
	'contact.admin.markHandled': ['Означи као решено', 'Mark as handled'],
	'contact.admin.marked': ['Порука је означена као решена.', 'The message has been marked as handled.'],
	'contact.admin.empty': ['Нема порука за приказ.', 'There are no messages to show.'],
	'contact.admin.retention': [
		{
			by: 'months',
			one: 'Поруке се чувају {months} месец од пријема, а затим се саме бришу. Поруку можете обрисати и раније, на пример када пошиљалац то затражи.',
			few: 'Поруке се чувају {months} месеца од пријема, а затим се саме бришу. Поруку можете обрисати и раније, на пример када пошиљалац то затражи.',
			other:
				'Поруке се чувају {months} месеци од пријема, а затим се саме бришу. Поруку можете обрисати и раније, на пример када пошиљалац то затражи.'
		},
		{
			by: 'months',
			one: 'Messages are kept for {months} month after they arrive and are then erased automatically. You can erase a message earlier, for example when the sender asks for it.',
			other:
				'Messages are kept for {months} months after they arrive and are then erased automatically. You can erase a message earlier, for example when the sender asks for it.'
		}
	],
	'contact.admin.delete': ['Обриши поруку', 'Delete message'],
	'contact.admin.deleteConfirm': [
		'Разумем да ће порука бити трајно обрисана и да се не може вратити.',
		'I understand the message will be erased for good and cannot be brought back.'
	],
	'contact.admin.deleteConfirmRequired': [
		'Потврдите да желите трајно да обришете ову поруку.',
		'Confirm that you want to erase this message for good.'
	],
	'contact.admin.deleted': ['Порука је трајно обрисана.', 'The message has been erased.'],
	'contact.dashboard.open': [
		{
			one: '{count} порука са контакт обрасца чека одговор',
			few: '{count} поруке са контакт обрасца чекају одговор',
			other: '{count} порука са контакт обрасца чека одговор'
		},
		{
			one: '{count} contact message is waiting for an answer',
			other: '{count} contact messages are waiting for an answer'
		}
	],
	'contact.answer.title': ['Одговорите', 'Answer'],
	'contact.answer.label': ['Одговор', 'Answer'],
	'contact.answer.hint': [
		'Одговор иде е-поштом на адресу пошиљаоца, са његовом поруком испод, и чува се уз поруку.',
		'The answer goes by e-mail to the sender’s address, with their message below it, and is kept with the message.'
	],
	'contact.answer.submit': ['Пошаљи одговор', 'Send the answer'],
	'contact.answer.sent': ['Одговор је послат.', 'The answer has been sent.'],
	'contact.answer.already': ['На ову поруку је већ одговорено.', 'This message has already been answered.'],
	'contact.answer.yours': ['Одговор послат {date}', 'Answer sent on {date}'],
	'contact.answer.yoursBy': ['Одговор послат {date}, {name}', 'Answer sent on {date} by {name}'],
	'contact.answer.subject': ['Одговор: {subject}', 'Re: {subject}'],
	'contact.answer.subjectPlain': ['Одговор на вашу поруку', 'An answer to your message'],
	'contact.answer.quoted': ['Ваша порука од {date}:', 'Your message of {date}:'],
	'contact.answer.signature': ['Поздрав,\n{office}', 'Best wishes,\n{office}'],

	// Data-rights export (manifest hook personalData).
	'contact.personalData.messages': ['Поруке послате преко контакт обрасца', 'Messages sent through the contact form']
});

// Messages of the platform shell, shared by every module. Keys are prefixed by area.
import { defineMessages } from './define.ts';

export const coreMessages = defineMessages({
	'common.save': ['Сачувај', 'Save'],
	'common.cancel': ['Откажи', 'Cancel'],
	'common.delete': ['Обриши', 'Delete'],
	'common.edit': ['Измени', 'Edit'],
	'common.back': ['Назад', 'Back'],
	'common.yes': ['Да', 'Yes'],
	'common.no': ['Не', 'No'],
	'common.saved': ['Промене су сачуване.', 'Your changes have been saved.'],
	'common.optional': ['(није обавезно)', '(optional)'],
	'common.required': ['обавезно', 'required'],
	'common.formHasErrors': [
		'Образац није сачуван. Исправите означена поља и пошаљите поново.',
		'The form was not saved. Please correct the marked fields and send it again.'
	],
	'common.noResults': ['Нема ничега за приказ.', 'Nothing to show yet.'],
	'common.previous': ['Претходна', 'Previous'],
	'common.next': ['Следећа', 'Next'],
	'common.pageOf': ['Страна {page} од {pages}', 'Page {page} of {pages}'],
	'common.demoBadge': ['Демо', 'Demo'],

	'shell.skipToContent': ['Пређи на садржај', 'Skip to content'],
	'shell.mainNavigation': ['Главна навигација', 'Main navigation'],
	'shell.languageSwitcher': ['Језик и писмо', 'Language and script'],
	'shell.home': ['Почетна', 'Home'],
	'shell.news': ['Вести', 'News'],
	'shell.opportunities': ['Прилике', 'Opportunities'],
	'shell.documents': ['Документи', 'Documents'],
	'shell.search': ['Претрага', 'Search'],
	'shell.signIn': ['Пријава', 'Sign in'],
	'shell.signUp': ['Направи налог', 'Create account'],
	'shell.signOut': ['Одјава', 'Sign out'],
	'shell.myAccount': ['Мој налог', 'My account'],
	'shell.admin': ['Управљање', 'Administration'],
	'shell.backToSite': ['Назад на портал', 'Back to the portal'],
	'shell.contact': ['Контакт', 'Contact'],
	'shell.address': ['Адреса', 'Address'],
	'shell.phone': ['Телефон', 'Phone'],
	'shell.email': ['Е-пошта', 'E-mail'],
	'shell.workingHours': ['Радно време', 'Working hours'],
	'shell.followUs': ['Пратите нас', 'Follow us'],
	'shell.dataProtection': ['Заштита података', 'Data protection'],
	'shell.dpoContact': ['Лице за заштиту података о личности: {name}', 'Data protection officer: {name}'],
	'shell.demoNotice': [
		'Ово је демо канцеларија са измишљеним садржајем, направљена за испробавање платформе.',
		'This is a demo office with invented content, made for trying out the platform.'
	],
	'shell.logoAlt': ['Лого: {name}', 'Logo: {name}'],
	'shell.menu': ['Мени', 'Menu'],
	'shell.adminNavigation': ['Навигација управљања', 'Administration navigation'],
	'shell.signedInAs': ['Пријављени сте као {name}', 'Signed in as {name}'],

	'home.takePart': ['Укључи се', 'Take part'],
	'home.takePartText': [
		'Направи налог, прати вести и прилике и јави нам се са идејом. Канцеларија је место које млади сами обликују.',
		'Create an account, follow news and opportunities, and bring us your idea. The office is a place young people shape themselves.'
	],
	'home.latestNews': ['Најновије вести', 'Latest news'],
	'home.allNews': ['Све вести', 'All news'],
	'home.closingSoon': ['Прилике којима рок истиче', 'Opportunities closing soon'],
	'home.allOpportunities': ['Све прилике', 'All opportunities'],
	'home.deadline': ['Рок: {date}', 'Deadline: {date}'],
	'home.about': ['О канцеларији', 'About the office'],
	'home.contactUs': ['Пишите нам', 'Write to us'],
	'home.search': ['Претражи портал', 'Search the portal'],
	'locale.sr-Cyrl': ['Ћирилица', 'Ћирилица'],
	'locale.sr-Latn': ['Latinica', 'Latinica'],
	'locale.en': ['English', 'English'],
	'locale.sr-Cyrl.long': ['Српски (ћирилица)', 'Serbian (Cyrillic)'],

	'error.title': ['Грешка', 'Error'],
	'error.404.title': ['Страница није пронађена', 'Page not found'],
	'error.404.text': [
		'Ова страница не постоји или је премештена. Проверите адресу или почните са почетне стране.',
		'This page does not exist or has moved. Check the address or start from the home page.'
	],
	'error.400.title': ['Захтев није исправан', 'The request is not valid'],
	'error.400.text': [
		'Адреса или послати подаци садрже нешто што платформа не прихвата. Проверите адресу или поново попуните образац.',
		'The address or the data sent contain something the platform does not accept. Check the address or fill in the form again.'
	],
	'error.403.title': ['Немате приступ', 'Access denied'],
	'error.403.text': [
		'Ваш налог нема дозволу за овај део платформе. Ако мислите да је то грешка, обратите се канцеларији.',
		'Your account does not have permission for this part of the platform. If you think this is a mistake, contact the office.'
	],
	'error.429.title': ['Превише покушаја', 'Too many attempts'],
	'error.429.text': ['Сачекајте неколико минута па покушајте поново.', 'Wait a few minutes and try again.'],
	'error.500.title': ['Нешто није у реду', 'Something went wrong'],
	'error.500.text': [
		'Дошло је до грешке на нашој страни. Покушајте поново за неколико тренутака.',
		'Something failed on our side. Please try again in a moment.'
	],
	'error.goHome': ['Иди на почетну страну', 'Go to the home page'],

	'validation.required': ['Ово поље је обавезно.', 'This field is required.'],
	'validation.email': [
		'Унесите исправну адресу е-поште, нпр. ime@primer.rs.',
		'Enter a valid e-mail address, e.g. name@example.com.'
	],
	'validation.url': [
		'Унесите пуну адресу која почиње са http:// или https://.',
		'Enter a full address starting with http:// or https://.'
	],
	'validation.tooLong': [
		'Текст је предугачак (највише {max} знакова).',
		'The text is too long (at most {max} characters).'
	],
	'validation.passwordTooShort': [
		'Лозинка мора имати најмање {min} знакова.',
		'The password must have at least {min} characters.'
	],
	'validation.passwordsDiffer': ['Лозинке се не поклапају.', 'The passwords do not match.'],
	'validation.integer': ['Унесите цео број.', 'Enter a whole number.'],
	'validation.ageRange': [
		'Најмања старост мора бити мања од највеће.',
		'The minimum age must be lower than the maximum age.'
	],
	'validation.ageBounds': ['Унесите старост између {min} и {max} година.', 'Enter an age between {min} and {max}.'],
	'validation.invalid': ['Вредност није исправна.', 'The value is not valid.']
});

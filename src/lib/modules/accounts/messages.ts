import { defineMessages } from '../../i18n/define.ts';

export const accountsMessages = defineMessages({
	'accounts.role.administrator': ['Администратор', 'Administrator'],
	'accounts.role.coordinator': ['Координатор', 'Coordinator'],
	'accounts.role.staff': ['Омладински радник', 'Youth worker'],
	'accounts.role.association_representative': ['Представник удружења', 'Association representative'],
	'accounts.role.council_member': ['Члан Савета за младе', 'Youth council member'],
	'accounts.role.young_person': ['Млада особа', 'Young person'],

	'accounts.field.name': ['Име и презиме', 'Full name'],
	'accounts.field.email': ['Е-пошта', 'E-mail'],
	'accounts.field.password': ['Лозинка', 'Password'],
	'accounts.field.newPassword': ['Нова лозинка', 'New password'],
	'accounts.field.currentPassword': ['Тренутна лозинка', 'Current password'],
	'accounts.field.passwordConfirm': ['Поновите лозинку', 'Repeat the password'],
	'accounts.field.passwordHint': [
		{
			by: 'min',
			one: 'Најмање {min} знак. Дужа реченица је боља од сложене речи.',
			few: 'Најмање {min} знака. Дужа реченица је боља од сложене речи.',
			other: 'Најмање {min} знакова. Дужа реченица је боља од сложене речи.'
		},
		{
			by: 'min',
			one: 'At least {min} character. A long phrase beats a complicated word.',
			other: 'At least {min} characters. A long phrase beats a complicated word.'
		}
	],
	'accounts.field.consent': [
		'Слажем се да канцеларија чува моје име и е-пошту ради вођења налога. Имам најмање 15 година или сагласност родитеља.',
		'I agree that the office keeps my name and e-mail to run my account. I am at least 15 years old or have a parent’s consent.'
	],
	'accounts.field.consentRequired': [
		'Без ове сагласности не можемо отворити налог.',
		'We cannot open an account without this consent.'
	],

	'accounts.signIn.title': ['Пријава', 'Sign in'],
	'accounts.signIn.submit': ['Пријави се', 'Sign in'],
	'accounts.signIn.failed': ['Е-пошта или лозинка нису тачни.', 'The e-mail or password is not correct.'],
	'accounts.signIn.forgot': ['Заборавили сте лозинку?', 'Forgot your password?'],
	'accounts.signIn.locked': [
		'Превише неуспешних покушаја. Сачекајте 15 минута или затражите линк е-поштом преко „Заборавили сте лозинку?” испод: линк вас пушта да поставите лозинку и одмах поново отвара пријаву.',
		'Too many unsuccessful attempts. Wait 15 minutes, or ask for a link by e-mail through “Forgot your password?” below: the link lets you set a password and opens signing in again at once.'
	],
	'accounts.signIn.noAccount': ['Немате налог?', 'No account yet?'],
	'accounts.signIn.required': ['Пријавите се да бисте наставили.', 'Please sign in to continue.'],
	'accounts.signUp.title': ['Направите налог', 'Create an account'],
	'accounts.signUp.intro': [
		'Са налогом се брже пријављујете на догађаје и пратите своје пријаве.',
		'With an account you sign up for events faster and can follow your registrations.'
	],
	'accounts.signUp.submit': ['Направи налог', 'Create account'],
	'accounts.signUp.emailTaken': [
		'Налог са овом адресом већ постоји. Пријавите се или затражите нову лозинку.',
		'An account with this address already exists. Sign in or ask for a new password.'
	],
	'accounts.signUp.haveAccount': ['Већ имате налог?', 'Already have an account?'],
	'accounts.signUp.done': ['Налог је направљен. Добро дошли!', 'Your account has been created. Welcome!'],
	'accounts.signedOut': ['Одјављени сте.', 'You have been signed out.'],
	'accounts.welcome': ['Добро дошли, {name}!', 'Welcome, {name}!'],

	'accounts.forgot.title': ['Нова лозинка', 'Reset your password'],
	'accounts.forgot.intro': [
		'Упишите адресу е-поште налога. Послаћемо вам везу за постављање нове лозинке.',
		'Enter your account’s e-mail address. We will send you a link to set a new password.'
	],
	'accounts.forgot.submit': ['Пошаљи везу', 'Send the link'],
	'accounts.forgot.sent': [
		'Ако налог са том адресом постоји, послали смо везу. Проверите пошту (и нежељену пошту). Веза важи један сат.',
		'If an account with that address exists, we have sent a link. Check your inbox (and spam). The link is valid for one hour.'
	],
	'accounts.reset.title': ['Поставите нову лозинку', 'Set a new password'],
	'accounts.reset.submit': ['Сачувај нову лозинку', 'Save the new password'],
	'accounts.reset.invalid': [
		'Ова веза није важећа или је истекла. Затражите нову.',
		'This link is not valid or has expired. Please ask for a new one.'
	],
	'accounts.reset.done': [
		'Лозинка је промењена. Сада се пријавите новом лозинком.',
		'Your password has been changed. Sign in with the new password.'
	],
	// {office} is a name in the nominative ("Канцеларија за младе"): no preposition may decline it.
	'accounts.reset.mailSubject': ['{office}: нова лозинка', '{office}: new password'],
	'accounts.reset.mailBody': [
		'Здраво, {name},\n\nнеко (надамо се ви) је затражио нову лозинку за ваш налог. Отворите ову везу у наредних сат времена:\n\n{link}\n\nАко нисте ви тражили, занемарите ову поруку: лозинка остаје иста.\n\n{office}',
		'Hello {name},\n\nsomeone (hopefully you) asked for a new password for your account. Open this link within the next hour:\n\n{link}\n\nIf it was not you, ignore this message: your password stays the same.\n\n{office}'
	],
	'accounts.invite.mailSubject': ['Налог на порталу: {office}', 'Your account at {office}'],
	'accounts.invite.mailBody': [
		'Здраво, {name},\n\nотворен вам је налог на порталу канцеларије. Поставите лозинку преко ове везе (важи седам дана):\n\n{link}\n\n{office}',
		'Hello {name},\n\nan account has been opened for you on the office’s portal. Set your password with this link (valid for seven days):\n\n{link}\n\n{office}'
	],

	'accounts.account.title': ['Мој налог', 'My account'],
	'accounts.account.roles': ['Ваше улоге', 'Your roles'],
	'accounts.account.noRoles': ['Још немате посебних улога.', 'You have no special roles yet.'],
	'accounts.account.profile': ['Подаци', 'Details'],
	'accounts.account.changePassword': ['Промена лозинке', 'Change password'],
	'accounts.account.passwordChanged': ['Лозинка је промењена.', 'Your password has been changed.'],
	'accounts.account.wrongPassword': ['Тренутна лозинка није тачна.', 'The current password is not correct.'],

	'accounts.admin.administratorsOnly': [
		'Налог администратора може да мења само други администратор.',
		'Only another administrator can change an administrator’s account.'
	],
	'accounts.admin.nav': ['Корисници', 'Users'],
	'accounts.admin.title': ['Корисници и улоге', 'Users and roles'],
	'accounts.admin.search': ['Претрага по имену или е-пошти', 'Search by name or e-mail'],
	'accounts.admin.searchSubmit': ['Тражи', 'Search'],
	'accounts.admin.roleFilter': ['Улога', 'Role'],
	'accounts.admin.anyRole': ['Све улоге', 'All roles'],
	'accounts.admin.columnName': ['Име', 'Name'],
	'accounts.admin.columnEmail': ['Е-пошта', 'E-mail'],
	'accounts.admin.columnRoles': ['Улоге', 'Roles'],
	'accounts.admin.columnStatus': ['Стање', 'Status'],
	'accounts.admin.active': ['Активан', 'Active'],
	'accounts.admin.disabled': ['Искључен', 'Disabled'],
	'accounts.admin.new': ['Нови корисник', 'New user'],
	'accounts.admin.newIntro': [
		'Особа ће добити е-поруку са везом за постављање лозинке.',
		'The person will get an e-mail with a link to set their password.'
	],
	'accounts.admin.create': ['Направи налог и пошаљи позив', 'Create the account and send the invitation'],
	'accounts.admin.created': [
		'Налог је направљен и позив је послат.',
		'The account has been created and the invitation sent.'
	],
	'accounts.admin.edit': ['Улоге и приступ', 'Roles and access'],
	'accounts.admin.rolesLegend': ['Улоге у овој канцеларији', 'Roles in this office'],
	'accounts.admin.saveRoles': ['Сачувај улоге', 'Save roles'],
	'accounts.admin.disable': ['Искључи налог', 'Disable the account'],
	'accounts.admin.enable': ['Поново укључи налог', 'Enable the account'],
	'accounts.admin.disabledDone': [
		'Налог је искључен и све његове сесије су завршене.',
		'The account has been disabled and all its sessions ended.'
	],
	'accounts.admin.enabledDone': ['Налог је поново укључен.', 'The account has been enabled again.'],
	'accounts.admin.lastAdministrator': [
		'Канцеларија мора имати бар једног администратора.',
		'The office must keep at least one administrator.'
	],
	'accounts.admin.notYourself': ['Свој налог не можете искључити.', 'You cannot disable your own account.'],
	'accounts.admin.userCount': [
		{ one: '{count} корисник', few: '{count} корисника', other: '{count} корисника' },
		{ one: '{count} user', other: '{count} users' }
	],

	// Data-rights export (manifest hook personalData).
	'accounts.personalData.account': ['Налог', 'Account'],
	'accounts.personalData.roles': ['Улоге у канцеларији', 'Roles in the office']
});

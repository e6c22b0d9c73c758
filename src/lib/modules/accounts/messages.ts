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
		'Превише неуспешних покушаја са ове адресе. Сачекајте 15 минута или се пријавите преко везе коју ћемо вам послати е-поштом.',
		'Too many unsuccessful attempts from this address. Wait 15 minutes, or sign in with a link we send you by e-mail.'
	],
	'accounts.signInLink.title': ['Пријава преко везе из е-поште', 'Sign in with an e-mailed link'],
	'accounts.signInLink.intro': [
		'Упишите адресу е-поште налога. Послаћемо вам везу која вас пријављује без лозинке; важи 15 минута и само једном.',
		'Enter your account’s e-mail address. We will send you a link that signs you in without a password; it works once, for 15 minutes.'
	],
	'accounts.signInLink.offer': [
		'Ако је ово ваш налог, пошаљите себи везу за пријаву: она вас пушта одмах, без чекања.',
		'If this is your account, send yourself a sign-in link: it lets you in at once, without waiting.'
	],
	'accounts.signInLink.submit': ['Пошаљи ми везу за пријаву', 'Send me a sign-in link'],
	'accounts.signInLink.sent': [
		'Ако налог са том адресом постоји, послали смо везу за пријаву. Проверите пошту (и нежељену пошту). Веза важи 15 минута.',
		'If an account with that address exists, we have sent a sign-in link. Check your inbox (and spam). The link is valid for 15 minutes.'
	],
	'accounts.signInLink.confirm': [
		'Притисните дугме да бисте се пријавили. Веза после тога више не важи.',
		'Press the button to sign in. The link will not work again afterwards.'
	],
	'accounts.signInLink.invalid': [
		'Ова веза за пријаву није важећа, већ је искоришћена или је истекла.',
		'This sign-in link is not valid, has been used already or has expired.'
	],
	'accounts.signInLink.again': ['Затражите нову везу', 'Ask for a new link'],
	'accounts.signInLink.done': ['Пријављени сте.', 'You are signed in.'],
	'accounts.signInLink.mailSubject': ['{office}: веза за пријаву', '{office}: your sign-in link'],
	'accounts.signInLink.mailBody': [
		'Здраво, {name},\n\nнеко (надамо се ви) је затражио везу за пријаву на ваш налог. Отворите је у наредних 15 минута; важи само једном:\n\n{link}\n\nАко нисте ви тражили, занемарите ову поруку: нико се неће пријавити без ње.\n\n{office}',
		'Hello {name},\n\nsomeone (hopefully you) asked for a link to sign in to your account. Open it within the next 15 minutes; it works only once:\n\n{link}\n\nIf it was not you, ignore this message: nobody can sign in without it.\n\n{office}'
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
	'accounts.signUp.done': [
		'Адреса је потврђена и налог је отворен. Добро дошли!',
		'Your address is confirmed and your account is open. Welcome!'
	],
	'accounts.signUp.sentTitle': ['Проверите пошту', 'Check your e-mail'],
	'accounts.signUp.sent': [
		'Послали смо поруку на адресу коју сте уписали. Налог ће бити отворен када отворите везу из поруке; веза важи два дана. Ако поруку не видите, погледајте и нежељену пошту.',
		'We have sent a message to the address you entered. Your account opens when you follow the link in it; the link is valid for two days. If you do not see the message, look in your spam folder too.'
	],
	'accounts.signUp.resendTitle': ['Поново пошаљи потврду', 'Send the confirmation again'],
	'accounts.signUp.resendIntro': [
		'Нисте добили поруку или је веза истекла? Упишите адресу и послаћемо нову везу.',
		'No message, or has the link expired? Enter the address and we will send a new link.'
	],
	'accounts.signUp.resendSubmit': ['Пошаљи поново', 'Send again'],
	'accounts.signUp.resent': [
		'Ако за ту адресу чека отварање налога, послали смо нову везу. Претходна веза више не важи.',
		'If an account is waiting to be opened for that address, we have sent a new link. The earlier link no longer works.'
	],
	'accounts.signUp.confirmTitle': ['Потврда адресе', 'Confirm your address'],
	'accounts.signUp.confirmIntro': [
		'Притисните дугме да бисте потврдили адресу е-поште и отворили налог.',
		'Press the button to confirm your e-mail address and open your account.'
	],
	'accounts.signUp.confirmSubmit': ['Потврди и отвори налог', 'Confirm and open the account'],
	'accounts.signUp.confirmInvalid': [
		'Ова веза није важећа, већ је искоришћена или је истекла. Ако сте налог већ отворили, пријавите се.',
		'This link is not valid, has been used already or has expired. If you have opened the account already, sign in.'
	],
	'accounts.signUp.confirmMailSubject': ['{office}: потврдите адресу', '{office}: confirm your address'],
	'accounts.signUp.confirmMailBody': [
		'Здраво, {name},\n\nда бисте отворили налог на порталу, потврдите да је ово ваша адреса. Отворите везу у наредна два дана:\n\n{link}\n\nАко нисте ви тражили налог, занемарите ову поруку: налог неће бити отворен.\n\n{office}',
		'Hello {name},\n\nto open your account on the portal, confirm that this is your address. Open the link within the next two days:\n\n{link}\n\nIf you did not ask for an account, ignore this message: no account will be opened.\n\n{office}'
	],
	'accounts.signUp.existingMailSubject': ['{office}: већ имате налог', '{office}: you already have an account'],
	'accounts.signUp.existingMailBody': [
		'Здраво, {name},\n\nнеко (можда ви) је покушао да отвори налог са овом адресом, а ви налог већ имате. Пријавите се овде:\n\n{signIn}\n\nАко сте заборавили лозинку, поставите нову овде:\n\n{forgot}\n\nАко нисте ви, занемарите ову поруку: ваш налог је непромењен.\n\n{office}',
		'Hello {name},\n\nsomeone (perhaps you) tried to open an account with this address, and you already have one. Sign in here:\n\n{signIn}\n\nIf you have forgotten your password, set a new one here:\n\n{forgot}\n\nIf it was not you, ignore this message: your account is unchanged.\n\n{office}'
	],
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

	// What a person keeps on their account so forms need not ask again (issue 13.15).
	'accounts.profile.title': ['Година рођења, пол и место', 'Year of birth, gender and place'],
	'accounts.profile.intro': [
		'Ако их сачувате на налогу, пријаве за догађаје и иницијативе их више неће тражити. Можете их променити или обрисати кад год желите.',
		'If you keep them on your account, event registrations and initiatives will not ask for them again. You can change or remove them at any time.'
	],
	'accounts.profile.consent': [
		'Пристајем да се ови подаци чувају на мом налогу и користе за попуњавање мојих пријава.',
		'I agree to keep these details on my account and to have them fill in my registrations.'
	],
	'accounts.profile.consentRequired': [
		'Да бисмо сачували податке, потребна је ваша сагласност.',
		'Tick the box to agree, so that we can keep these details.'
	],
	'accounts.profile.keptSince': ['Чувају се уз вашу сагласност од {date}.', 'Kept with your consent since {date}.'],
	'accounts.profile.save': ['Сачувај на налогу', 'Save to my account'],
	'accounts.profile.clear': ['Обриши ове податке са налога', 'Remove these details from my account'],
	'accounts.profile.saved': ['Подаци су сачувани на вашем налогу.', 'The details are saved to your account.'],
	'accounts.profile.cleared': ['Подаци су обрисани са вашег налога.', 'The details are removed from your account.'],

	// Data-rights export (manifest hook personalData).
	'accounts.personalData.account': ['Налог', 'Account'],
	'accounts.personalData.roles': ['Улоге у канцеларији', 'Roles in the office']
});

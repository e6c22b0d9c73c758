import { defineMessages } from '../../i18n/define.ts';
import { participationStaffToolMessages } from './messages-staff-tools.ts';

export const participationMessages = defineMessages({
	...participationStaffToolMessages,
	'participation.evidence.initiative': ['Одговорена иницијатива младих', 'Answered youth initiative'],
	'participation.admin.nav': ['Учешће младих', 'Youth participation'],
	'participation.initiative.kind': ['Иницијатива', 'Initiative'],

	// Errors
	'participation.error.memberBirthYear': [
		'Унесите годину рођења са четири цифре (нпр. 2008).',
		'Enter the year of birth with four digits (e.g. 2008).'
	],
	'participation.error.groupNameMissing': [
		'Упишите назив групе, или испразните списак чланова ако предлажете сами.',
		'Enter the group’s name, or clear the member list if you propose on your own.'
	],
	'participation.error.groupTooSmall': [
		{
			by: 'min',
			one: 'Неформална група треба да наведе најмање {min} члана са годином рођења.',
			few: 'Неформална група треба да наведе најмање {min} члана са годином рођења.',
			other: 'Неформална група треба да наведе најмање {min} чланова са годином рођења.'
		},
		{
			by: 'min',
			one: 'An informal group must list at least {min} member with a year of birth.',
			other: 'An informal group must list at least {min} members with their year of birth.'
		}
	],
	'participation.error.memberOutsideRange': [
		'{name} није у узрасту младих ({min}–{max}). Неформалну групу чине само млади.',
		'{name} is not of youth age ({min} to {max}). An informal group is made of young people only.'
	],
	'participation.error.choice': ['Изаберите једну од понуђених могућности.', 'Choose one of the options given.'],
	'participation.error.between': ['Унесите број између {min} и {max}.', 'Enter a number between {min} and {max}.'],
	'participation.error.date': ['Унесите датум.', 'Enter a date.'],
	'participation.error.dateOrder': ['Датуми морају да иду редом.', 'The dates must be in order.'],
	'participation.error.path': [
		'Унесите адресу на порталу која почиње косом цртом.',
		'Enter an address on the portal starting with a slash.'
	],
	'participation.error.pollOptions': [
		'Унесите од 2 до 10 одговора, сваки у свом реду.',
		'Enter 2 to 10 answers, one per line.'
	],
	'participation.error.pollOptionTooLong': [
		{
			by: 'max',
			one: 'Сваки одговор може имати највише {max} знак; скратите дужи.',
			few: 'Сваки одговор може имати највише {max} знака; скратите дужи.',
			other: 'Сваки одговор може имати највише {max} знакова; скратите дужи.'
		},
		{
			by: 'max',
			one: 'Each answer may have at most {max} character; shorten the longer one.',
			other: 'Each answer may have at most {max} characters; shorten the longer one.'
		}
	],
	'participation.error.birthYearMissing': [
		'Упишите годину рођења да бисмо проверили да ли сте у узрасту младих.',
		'Enter your year of birth so we can check you are within the youth age range.'
	],
	'participation.error.ageRange': [
		'Ово је намењено младима узраста {min}–{max}.',
		'This is for young people aged {min} to {max}.'
	],
	'participation.error.notAwaitingModeration': [
		'Ова иницијатива више не чека преглед.',
		'This initiative is no longer waiting for review.'
	],
	'participation.error.alreadySupported': ['Већ подржавате ову иницијативу.', 'You already support this initiative.'],
	'participation.error.supportClosed': [
		'Канцеларија је већ одговорила на ову иницијативу, па се подршка више не прикупља.',
		'The office has already answered this initiative, so supports are no longer collected.'
	],
	'participation.error.answerRequired': [
		'Уз овај статус упишите одговор канцеларије и разлоге.',
		'With this status, write the office’s answer and the reasons.'
	],
	'participation.error.notPublished': [
		'Иницијатива још није објављена; прво је прегледајте.',
		'The initiative is not published yet; review it first.'
	],
	'participation.error.hiddenNoComments': [
		'Ова иницијатива је сакривена, па се не може коментарисати.',
		'This initiative is hidden, so it cannot be commented on.'
	],
	'participation.error.replyTarget': [
		'Одговарати се може само на коментар, не на одговор.',
		'You can only reply to a comment, not to a reply.'
	],
	'participation.error.pollHasVotes': [
		'У овој анкети се већ гласало, па се више не мења.',
		'People have already voted in this poll, so it can no longer be changed.'
	],
	'participation.error.maxChoices': [
		'Упишите колико пројеката гласач може да одобри.',
		'Enter how many projects a voter may approve.'
	],

	// Statuses and reasons
	'participation.status.submitted': ['Чека преглед', 'Awaiting review'],
	'participation.status.rejected': ['Враћено на дораду', 'Returned for changes'],
	'participation.status.published': ['Објављено', 'Published'],
	'participation.status.under_consideration': ['Разматра се', 'Under consideration'],
	'participation.status.accepted': ['Прихваћено', 'Accepted'],
	'participation.status.partly_accepted': ['Делимично прихваћено', 'Partly accepted'],
	'participation.status.not_accepted': ['Није прихваћено', 'Not accepted'],
	'participation.status.in_progress': ['У реализацији', 'In progress'],
	'participation.status.done': ['Реализовано', 'Done'],
	'participation.rejection.duplicate': ['Већ постоји иста иницијатива', 'The same initiative already exists'],
	'participation.rejection.offensive': ['Увредљив садржај', 'Offensive content'],
	'participation.rejection.personal_data': ['Садржи туђе личне податке', 'Contains other people’s personal data'],
	'participation.rejection.not_local': ['Није у надлежности општине', 'Not something the municipality can do'],
	'participation.rejection.unclear': ['Није јасно шта се предлаже', 'It is not clear what is proposed'],
	'participation.rejection.other': ['Други разлог', 'Another reason'],
	'participation.hiding.offensive': ['увредљив садржај', 'offensive content'],
	'participation.hiding.personal_data': ['туђи лични подаци', 'other people’s personal data'],
	'participation.hiding.spam': ['нежељене поруке', 'spam'],
	'participation.hiding.off_topic': ['није у вези са темом', 'off topic'],
	'participation.hiding.other': ['други разлог', 'another reason'],
	'participation.gender.female': ['Женски', 'Female'],
	'participation.gender.male': ['Мушки', 'Male'],
	'participation.gender.other': ['Друго', 'Other'],
	'participation.gender.unstated': ['Не желим да кажем', 'Prefer not to say'],
	'participation.gender.unknown': ['Непознато', 'Unknown'],
	'participation.ageBand.under_15': ['Млађи од 15', 'Under 15'],
	'participation.ageBand.15_19': ['15–19', '15–19'],
	'participation.ageBand.20_24': ['20–24', '20–24'],
	'participation.ageBand.25_30': ['25–30', '25–30'],
	'participation.ageBand.over_30': ['Старији од 30', 'Over 30'],
	'participation.ageBand.unknown': ['Непознато', 'Unknown'],
	'participation.fewerThanFive': ['<5', '<5'],

	// Profile
	'participation.profile.title': ['Ваш узраст', 'Your age'],
	'participation.profile.intro': [
		'Иницијативе, подршке и гласање су за младе из општине. Годину рођења питамо једном; особље види само збирне бројеве по узрасту.',
		'Initiatives, supports and voting are for the municipality’s young people. We ask for your year of birth once; staff see only totals by age.'
	],
	'participation.profile.birthYear': ['Година рођења', 'Year of birth'],
	'participation.profile.gender': ['Пол', 'Gender'],
	'participation.profile.save': ['Сачувај', 'Save'],
	'participation.profile.saved': ['Сачувано.', 'Saved.'],

	// Initiatives: public
	'participation.initiatives.title': ['Иницијативе младих', 'Youth initiatives'],
	'participation.initiatives.intro': [
		'Предложите шта би требало да се промени у општини и подржите идеје других. Када иницијатива добије довољно подршке, канцеларија мора да одговори у обећаном року.',
		'Propose what should change in the municipality and support other people’s ideas. Once an initiative has enough supports, the office must answer within the promised time.'
	],
	'participation.initiatives.new': ['Предложи иницијативу', 'Propose an initiative'],
	'participation.initiatives.mine': ['Моје иницијативе', 'My initiatives'],
	'participation.initiatives.filters': ['Филтери', 'Filters'],
	'participation.initiatives.search': ['Претрага', 'Search'],
	'participation.initiatives.category': ['Област', 'Area'],
	'participation.initiatives.status': ['Статус', 'Status'],
	'participation.initiatives.sort': ['Редослед', 'Order'],
	'participation.initiatives.sort.newest': ['Најновије', 'Newest'],
	'participation.initiatives.sort.supported': ['Највише подршке', 'Most supported'],
	'participation.initiatives.any': ['Све', 'All'],
	'participation.initiatives.apply': ['Прикажи', 'Show'],
	'participation.initiatives.empty': ['Нема иницијатива за овај избор.', 'No initiatives match this choice.'],
	'participation.initiatives.count': [
		{ one: '{count} иницијатива', few: '{count} иницијативе', other: '{count} иницијатива' },
		{ one: '{count} initiative', other: '{count} initiatives' }
	],
	'participation.initiatives.supports': [
		{ one: '{count} подршка', few: '{count} подршке', other: '{count} подршки' },
		{ one: '{count} support', other: '{count} supports' }
	],
	'participation.initiatives.progress': [
		'{count} од {threshold} подршки потребних за одговор канцеларије',
		'{count} of the {threshold} supports needed for the office to answer'
	],
	'participation.initiatives.overdue': ['Одговор касни', 'Answer overdue'],
	'participation.initiatives.dueBy': ['Канцеларија одговара до {date}', 'The office answers by {date}'],
	'participation.initiatives.feed': ['Иницијативе у формату РСС', 'Initiatives as RSS'],
	'participation.initiatives.feedDescription': ['Нове иницијативе младих: {office}', 'New youth initiatives: {office}'],
	'participation.initiatives.recent': ['Најновије иницијативе', 'Recent initiatives'],
	'participation.initiatives.all': ['Све иницијативе', 'All initiatives'],

	'participation.initiative.problem': ['Проблем', 'The problem'],
	'participation.initiative.proposal': ['Шта треба урадити', 'What should be done'],
	'participation.initiative.audience': ['За кога је', 'Who it is for'],
	'participation.initiative.place': ['Место', 'Place'],
	'participation.initiative.by': ['Предлаже: {who}', 'Proposed by: {who}'],
	'participation.initiative.byAnonymous': ['млада особа, {age}', 'a young person, {age}'],
	'participation.initiative.byAnonymousNoAge': ['млада особа', 'a young person'],
	'participation.initiative.submitted': ['Поднето {date}', 'Submitted on {date}'],
	'participation.initiative.hidden': [
		'Канцеларија је сакрила ову иницијативу. Разлог: {reason}.',
		'The office has hidden this initiative. Reason: {reason}.'
	],
	'participation.initiative.answer': ['Одговор канцеларије', 'The office’s answer'],
	'participation.initiative.linked': ['Шта је из ње настало', 'What came of it'],
	'participation.initiative.support': ['Подржи', 'Support'],
	'participation.initiative.supportShowName': [
		'Особље канцеларије може да види моје име међу подржаваоцима',
		'The office’s staff may see my name among the supporters'
	],
	'participation.initiative.supportFollow': ['Јави ми када се статус промени', 'Tell me when the status changes'],
	'participation.initiative.supported': ['Подржали сте ову иницијативу.', 'You support this initiative.'],
	'participation.initiative.supportedNow': ['Хвала на подршци!', 'Thank you for your support!'],
	'participation.initiative.signInToSupport': [
		'Пријавите се да бисте подржали иницијативу или је коментарисали.',
		'Sign in to support or comment on the initiative.'
	],
	'participation.initiative.follow': ['Прати промене статуса', 'Follow status changes'],
	'participation.initiative.unfollow': ['Престани да пратиш', 'Stop following'],
	'participation.initiative.following': [
		'Пратите ову иницијативу: јавићемо вам е-поштом када се статус промени.',
		'You follow this initiative: we will e-mail you when its status changes.'
	],
	'participation.initiative.followSaved': ['Праћење је сачувано.', 'Following saved.'],
	'participation.initiative.rejectedNote': ['Враћено на дораду: {reason}', 'Returned for changes: {reason}'],
	'participation.initiative.edit': ['Измени и пошаљи поново', 'Edit and submit again'],
	'participation.initiative.awaiting': [
		'Иницијатива чека да је канцеларија прегледа; јавно ће се видети када буде објављена.',
		'The initiative is waiting for the office’s review; the public will see it once it is published.'
	],
	'participation.initiative.report': ['Пријави неприкладан садржај', 'Report inappropriate content'],
	'participation.initiative.reportReason': ['Разлог', 'Reason'],
	'participation.initiative.reportNote': ['Напомена', 'Note'],
	'participation.initiative.reportSend': ['Пошаљи пријаву', 'Send the report'],
	'participation.initiative.reported': [
		'Хвала, канцеларија ће погледати пријаву.',
		'Thank you, the office will look at the report.'
	],

	'participation.comments.title': ['Коментари', 'Comments'],
	'participation.comments.empty': ['Још нема коментара.', 'No comments yet.'],
	'participation.comments.body': ['Ваш коментар', 'Your comment'],
	'participation.comments.reply': ['Одговор', 'Reply'],
	'participation.comments.send': ['Објави коментар', 'Post the comment'],
	'participation.comments.sendReply': ['Одговори', 'Reply'],
	'participation.comments.awaiting': ['Чека одобрење канцеларије.', 'Waiting for the office’s approval.'],
	'participation.comments.hidden': [
		'Коментар је сакривен. Разлог: {reason}.',
		'The comment has been hidden. Reason: {reason}.'
	],
	'participation.comments.saved': ['Коментар је сачуван.', 'The comment has been saved.'],
	'participation.comments.savedAwaiting': [
		'Коментар је сачуван и појавиће се када га канцеларија одобри.',
		'The comment has been saved and will appear once the office approves it.'
	],

	'participation.form.title': ['Нова иницијатива', 'New initiative'],
	'participation.form.editTitle': ['Измена иницијативе', 'Edit the initiative'],
	'participation.form.titleField': ['Наслов', 'Title'],
	'participation.form.problem': ['Који је проблем?', 'What is the problem?'],
	'participation.form.proposal': ['Шта предлажете да се уради?', 'What do you propose should be done?'],
	'participation.form.audience': ['За кога је', 'Who is it for'],
	'participation.form.place': ['Место у општини', 'Place in the municipality'],
	'participation.form.category': ['Област', 'Area'],
	'participation.form.noCategory': ['Без области', 'No area'],
	'participation.form.group': [
		'Назив неформалне групе, ако предлажете као група',
		'Name of the informal group, if you propose as a group'
	],
	'participation.form.asGroup': ['Предлажемо као неформална група', 'We propose as an informal group'],
	'participation.form.members': ['Чланови неформалне групе', 'Members of the informal group'],
	'participation.form.membersHint': [
		{
			by: 'min',
			one: 'Само ако предлажете као група: наведите чланове, и себе, са годином рођења. Потребан је најмање {min} члан, сви од {minAge} до {maxAge} година. Списак види само канцеларија.',
			few: 'Само ако предлажете као група: наведите чланове, и себе, са годином рођења. Потребна су најмање {min} члана, сви од {minAge} до {maxAge} година. Списак види само канцеларија.',
			other:
				'Само ако предлажете као група: наведите чланове, и себе, са годином рођења. Потребно је најмање {min} чланова, сви од {minAge} до {maxAge} година. Списак види само канцеларија.'
		},
		{
			by: 'min',
			one: 'Only if you propose as a group: list the members, yourself included, with their year of birth. At least {min} member is needed, all aged {minAge} to {maxAge}. Only the office sees the list.',
			other:
				'Only if you propose as a group: list the members, yourself included, with their year of birth. At least {min} members are needed, all aged {minAge} to {maxAge}. Only the office sees the list.'
		}
	],
	'participation.form.member': ['Члан', 'Member'],
	'participation.form.memberName': ['Име и презиме', 'Name and surname'],
	'participation.form.memberBirthYear': ['Година рођења', 'Year of birth'],
	'participation.images.heading': ['Слике', 'Images'],
	'participation.admin.groupMinMembers': [
		'Најмањи број чланова неформалне групе',
		'Smallest number of members of an informal group'
	],
	'participation.admin.groupMembers': ['Чланови неформалне групе', 'Members of the informal group'],
	'participation.admin.memberBorn': ['{name}, рођен(а) {year}.', '{name}, born {year}'],
	'participation.form.showName': ['Прикажи моје име уз иницијативу', 'Show my name with the initiative'],
	'participation.form.showNameHint': [
		'Ако не означите, пише само „млада особа” и ваш узраст.',
		'If you leave this unticked, only “a young person” and your age are shown.'
	],
	'participation.form.follow': ['Јави ми е-поштом када се статус промени', 'E-mail me when the status changes'],
	'participation.form.check': ['Настави', 'Continue'],
	'participation.form.similarTitle': ['Можда већ постоји', 'This may already exist'],
	'participation.form.similarIntro': [
		'Ове иницијативе личе на вашу. Можете да подржите неку од њих уместо да предлажете нову, или да ипак пошаљете своју.',
		'These initiatives look like yours. You can support one of them instead of proposing a new one, or send yours anyway.'
	],
	'participation.form.noSimilar': [
		'Нисмо нашли сличне иницијативе. Можете да пошаљете своју.',
		'We found no similar initiatives. You can send yours.'
	],
	'participation.form.supportInstead': ['Подржи ову уместо нове', 'Support this one instead'],
	'participation.form.submit': ['Пошаљи иницијативу', 'Send the initiative'],
	'participation.form.submitted': [
		'Иницијатива је послата. Канцеларија ће је прегледати пре објављивања.',
		'The initiative has been sent. The office will review it before publishing.'
	],
	'participation.form.published': ['Иницијатива је објављена.', 'The initiative has been published.'],

	// Mail
	'participation.mail.statusSubject': ['Нови статус иницијативе „{title}”', 'New status of the initiative “{title}”'],
	'participation.mail.statusBody': [
		'Иницијатива „{title}” сада има статус: {status}.\n\nДетаљи и одговор канцеларије: {url}\n\nОву поруку добијате јер пратите иницијативу; праћење можете да искључите на њеној страници.',
		'The initiative “{title}” now has the status: {status}.\n\nDetails and the office’s answer: {url}\n\nYou receive this because you follow the initiative; you can stop following on its page.'
	],

	// Polls
	'participation.polls.title': ['Брзе анкете', 'Quick polls'],
	'participation.polls.intro': [
		'Једно питање, неколико одговора: реците канцеларији шта мислите.',
		'One question, a few answers: tell the office what you think.'
	],
	'participation.polls.open': ['Отворене анкете', 'Open polls'],
	'participation.polls.closed': ['Затворене анкете', 'Closed polls'],
	'participation.polls.none': ['Тренутно нема отворених анкета.', 'There are no open polls right now.'],
	'participation.poll.vote': ['Гласај', 'Vote'],
	'participation.poll.voted': ['Хвала, ваш глас је забележен.', 'Thank you, your vote has been recorded.'],
	'participation.poll.alreadyVoted': ['Већ сте гласали у овој анкети.', 'You have already voted in this poll.'],
	'participation.poll.closed': ['Ова анкета је затворена.', 'This poll is closed.'],
	'participation.poll.chooseOne': ['Изаберите један одговор.', 'Choose one answer.'],
	'participation.poll.chooseSome': ['Изаберите бар један одговор.', 'Choose at least one answer.'],
	'participation.poll.multipleHint': ['Можете изабрати више одговора.', 'You may choose several answers.'],
	'participation.poll.signInFirst': [
		'У овој анкети гласају пријављени корисници.',
		'Only signed-in users vote in this poll.'
	],
	'participation.poll.cookiesNeeded': [
		'Да бисмо знали да сте већ гласали, потребан је колачић. Омогућите колачиће и покушајте поново.',
		'We need a cookie to know you have voted. Allow cookies and try again.'
	],
	'participation.poll.closesOn': ['Отворена до {date}', 'Open until {date}'],
	'participation.poll.closedOn': ['Затворена {date}', 'Closed on {date}'],
	'participation.poll.voters': [
		{ one: 'Гласала је {count} особа', few: 'Гласале су {count} особе', other: 'Гласало је {count} особа' },
		{ one: '{count} person voted', other: '{count} people voted' }
	],
	'participation.poll.resultsLater': [
		'Резултати ће бити објављени када се анкета затвори.',
		'The results will be published when the poll closes.'
	],
	'participation.poll.option': ['{label}: {votes} ({percent}%)', '{label}: {votes} ({percent}%)'],
	'participation.poll.byAge': ['Пријављени гласачи по узрасту', 'Signed-in voters by age'],
	'participation.poll.byGender': ['Пријављени гласачи по полу', 'Signed-in voters by gender'],
	'participation.poll.audience.everyone': ['Сви', 'Everyone'],
	'participation.poll.audience.signed_in': ['Пријављени корисници', 'Signed-in users'],
	'participation.poll.audience.young': ['Млади у узрасту канцеларије', 'Young people in the office’s age range'],

	// Budget
	'participation.budget.title': ['Буџет за младе', 'Youth budget'],
	'participation.budget.intro': [
		'Млади предлажу пројекте и гласањем бирају које ће општина финансирати.',
		'Young people propose projects and vote for the ones the municipality will fund.'
	],
	'participation.budget.none': [
		'Тренутно нема круга партиципативног буџета.',
		'There is no participatory budget round right now.'
	],
	'participation.budget.amount': ['Износ круга: {amount}', 'Amount of the round: {amount}'],
	'participation.budget.phase': ['Фаза: {phase}', 'Phase: {phase}'],
	'participation.budget.phase.upcoming': ['ускоро почиње', 'starting soon'],
	'participation.budget.phase.proposals': ['предлагање пројеката', 'proposing projects'],
	'participation.budget.phase.review': ['провера изводљивости', 'feasibility review'],
	'participation.budget.phase.voting': ['гласање', 'voting'],
	'participation.budget.phase.results': ['резултати', 'results'],
	'participation.budget.phase.implementation': ['реализација', 'implementation'],
	'participation.budget.phases': ['Фазе', 'Phases'],
	'participation.budget.phaseFrom': ['{phase}: од {date}', '{phase}: from {date}'],
	'participation.budget.projects': ['Пројекти', 'Projects'],
	'participation.budget.cost': ['Трошак: {amount}', 'Cost: {amount}'],
	'participation.budget.estimated': ['Процена предлагача: {amount}', 'Proposer’s estimate: {amount}'],
	'participation.budget.feasibility.pending': ['Чека проверу', 'Awaiting review'],
	'participation.budget.feasibility.feasible': ['Изводљив', 'Feasible'],
	'participation.budget.feasibility.not_feasible': ['Није изводљив', 'Not feasible'],
	'participation.budget.notFeasibleReason': ['Зашто није изводљив: {reason}', 'Why it is not feasible: {reason}'],
	'participation.budget.vote': ['Гласај', 'Vote'],
	'participation.budget.goVote': ['Попуни гласачки листић', 'Fill in the ballot'],
	'participation.budget.propose': ['Предложи пројекат', 'Propose a project'],
	'participation.budget.results': ['Резултати', 'Results'],
	'participation.budget.rule': [
		'Правило избора: пројекти се ређају по броју гласова (при истом броју гласова предност има јефтинији, па раније предложени). Редом се бирају они који стају у оно што је остало од износа; пројекат који више не стаје се прескаче и иде се на следећи.',
		'How winners are chosen: projects are ranked by votes (on equal votes the cheaper one first, then the one proposed earlier). In that order each is chosen if it fits in what is left of the amount; a project that no longer fits is skipped and the next one is tried.'
	],
	'participation.budget.turnout': [
		{
			one: 'Гласао је {count} листић ({online} на порталу, {paper} на папиру)',
			few: 'Гласала су {count} листића ({online} на порталу, {paper} на папиру)',
			other: 'Гласало је {count} листића ({online} на порталу, {paper} на папиру)'
		},
		{
			one: '{count} ballot ({online} online, {paper} on paper)',
			other: '{count} ballots ({online} online, {paper} on paper)'
		}
	],
	'participation.budget.spent': ['Изабрани пројекти: {spent} од {amount}', 'Chosen projects: {spent} of {amount}'],
	'participation.budget.votes': [
		{ one: '{count} глас', few: '{count} гласа', other: '{count} гласова' },
		{ one: '{count} vote', other: '{count} votes' }
	],
	'participation.budget.winner': ['Изабран', 'Chosen'],
	'participation.budget.skipped': ['Прескочен: не стаје у остатак износа', 'Skipped: does not fit in what is left'],
	'participation.budget.progress': ['Реализовано {progress}%', '{progress}% carried out'],
	'participation.budget.resultsLater': [
		'Резултати ће бити објављени {date}.',
		'The results will be published on {date}.'
	],
	'participation.budget.error.notProposals': ['Предлози се сада не примају.', 'Proposals are not being accepted now.'],
	'participation.budget.error.reasonRequired': [
		'Упишите зашто пројекат није изводљив.',
		'Write why the project is not feasible.'
	],
	'participation.budget.proposed': [
		'Пројекат је послат на проверу изводљивости.',
		'The project has been sent for a feasibility review.'
	],
	'participation.budget.form.title': ['Назив пројекта', 'Project name'],
	'participation.budget.form.description': ['Опис: шта, где и за кога', 'Description: what, where and for whom'],
	'participation.budget.form.cost': ['Процењени трошак у динарима', 'Estimated cost in dinars (RSD)'],
	'participation.budget.form.send': ['Пошаљи предлог', 'Send the proposal'],

	'participation.ballot.title': ['Гласачки листић', 'Ballot'],
	'participation.ballot.intro': [
		'Означите пројекте које желите. Збир њихових трошкова не сме да пређе {amount}. Листић можете да промените до краја гласања.',
		'Tick the projects you want. Their costs together must not exceed {amount}. You can change your ballot until voting closes.'
	],
	'participation.ballot.introApproval': [
		'Највећи број пројеката које можете да означите: {max}. Листић можете да промените до краја гласања.',
		'Tick at most {max} projects. You can change your ballot until voting closes.'
	],
	'participation.ballot.total': ['Збир изабраног: {total} од {amount}', 'Total chosen: {total} of {amount}'],
	'participation.ballot.check': ['Провери збир', 'Check the total'],
	'participation.ballot.cast': ['Предај листић', 'Cast the ballot'],
	'participation.ballot.saved': [
		'Ваш листић је забележен. Хвала што сте гласали!',
		'Your ballot has been recorded. Thank you for voting!'
	],
	'participation.ballot.replaced': ['Ваш листић је промењен.', 'Your ballot has been changed.'],
	'participation.ballot.current': [
		'Ваш тренутни листић је сачуван; можете да га промените.',
		'Your current ballot is saved; you can change it.'
	],
	'participation.ballot.error.empty': ['Означите бар један пројекат.', 'Tick at least one project.'],
	'participation.ballot.error.overBudget': [
		'Изабрани пројекти заједно коштају {total}, а износ је {amount}: то је {over} више. Одзначите неки пројекат.',
		'The projects you chose cost {total} together, but the amount is {amount}: that is {over} too much. Untick a project.'
	],
	'participation.ballot.error.tooMany': [
		'Највећи број пројеката које можете да означите је {max}.',
		'You can tick at most {max} projects.'
	],
	'participation.ballot.error.notYet': ['Гласање још није почело.', 'Voting has not started yet.'],
	'participation.ballot.error.closed': ['Гласање је завршено.', 'Voting has closed.'],
	'participation.ballot.error.unknownProject': [
		'Неки од означених пројеката није на листићу.',
		'One of the ticked projects is not on the ballot.'
	],
	'participation.ballot.signIn': ['Пријавите се да бисте гласали.', 'Sign in to vote.'],

	// Back-office
	'participation.admin.title': ['Учешће младих', 'Youth participation'],
	'participation.admin.tabs': ['Делови', 'Sections'],
	'participation.admin.initiatives': ['Иницијативе', 'Initiatives'],
	'participation.admin.reports': ['Пријаве и коментари', 'Reports and comments'],
	'participation.admin.polls': ['Анкете', 'Polls'],
	'participation.admin.budget': ['Буџет за младе', 'Youth budget'],
	'participation.admin.settings': ['Правила', 'Rules'],
	'participation.admin.queue.moderation': ['Чекају преглед', 'Awaiting review'],
	'participation.admin.queue.answer': ['Чекају одговор', 'Awaiting an answer'],
	'participation.admin.queue.overdue': ['Одговор касни', 'Answer overdue'],
	'participation.admin.queue.all': ['Све', 'All'],
	'participation.admin.empty': ['Овде нема ничега.', 'Nothing here.'],
	'participation.admin.column.title': ['Наслов', 'Title'],
	'participation.admin.column.status': ['Статус', 'Status'],
	'participation.admin.column.supports': ['Подршке', 'Supports'],
	'participation.admin.column.due': ['Рок за одговор', 'Answer due'],
	'participation.admin.column.submitted': ['Поднето', 'Submitted'],
	'participation.admin.hiddenMark': ['сакривено', 'hidden'],
	'participation.admin.open': ['Отвори', 'Open'],
	'participation.admin.moderate': ['Преглед пре објаве', 'Review before publishing'],
	'participation.admin.publish': ['Објави', 'Publish'],
	'participation.admin.reject': ['Врати на дораду', 'Return for changes'],
	'participation.admin.rejectReason': ['Разлог', 'Reason'],
	'participation.admin.rejectNote': ['Порука аутору', 'Message to the author'],
	'participation.admin.published': ['Иницијатива је објављена.', 'The initiative has been published.'],
	'participation.admin.rejected': ['Иницијатива је враћена аутору.', 'The initiative has been returned to its author.'],
	'participation.admin.answerTitle': ['Одговор и статус', 'Answer and status'],
	'participation.admin.answerStatus': ['Статус', 'Status'],
	'participation.admin.answerText': ['Одговор канцеларије са разлозима', 'The office’s answer with reasons'],
	'participation.admin.answerTextEn': ['Одговор на енглеском', 'Answer in English'],
	'participation.admin.linkedLabel': [
		'Повезани рад: назив (активност плана, догађај, пројекат)',
		'Linked work: name (plan activity, event, project)'
	],
	'participation.admin.linkedPath': ['Повезани рад: адреса на порталу', 'Linked work: address on the portal'],
	'participation.admin.saveAnswer': ['Сачувај одговор', 'Save the answer'],
	'participation.admin.answered': [
		'Одговор је сачуван; пратиоци су обавештени.',
		'The answer has been saved; followers have been told.'
	],
	'participation.admin.hide': ['Сакриј', 'Hide'],
	'participation.admin.show': ['Поново прикажи', 'Show again'],
	'participation.admin.hideReason': ['Разлог скривања (види га јавност)', 'Reason for hiding (the public sees it)'],
	'participation.admin.hiddenDone': ['Садржај је сакривен.', 'The content has been hidden.'],
	'participation.admin.shownDone': ['Садржај је поново видљив.', 'The content is visible again.'],
	'participation.admin.approve': ['Одобри', 'Approve'],
	'participation.admin.approved': ['Коментар је одобрен.', 'The comment has been approved.'],
	'participation.admin.supporters': ['Подржаваоци', 'Supporters'],
	'participation.admin.supportersIntro': [
		'Збирни бројеви по узрасту и полу (групе мање од пет особа приказане су као „<5”, као и још једна када би се скривена могла израчунати) и имена оних који су пристали да их видите. Сваки преглед се бележи у дневнику.',
		'Totals by age and gender (groups of fewer than five people are shown as “<5”, and so is one more where the hidden one could be worked out) and the names of those who agreed to be seen. Every view is logged.'
	],
	'participation.admin.supportersTotal': ['Укупно: {count}', 'Total: {count}'],
	'participation.admin.named': ['Пристали да буду именовани', 'Agreed to be named'],
	'participation.admin.openReports': ['Отворене пријаве', 'Open reports'],
	'participation.admin.commentsAwaiting': ['Коментари који чекају одобрење', 'Comments awaiting approval'],
	'participation.admin.reportOn': ['Пријава: {reason}', 'Report: {reason}'],
	'participation.admin.settingsTitle': ['Правила учешћа', 'Participation rules'],
	'participation.admin.preModeration': [
		'Канцеларија прегледа иницијативе и коментаре пре објаве',
		'The office reviews initiatives and comments before publishing'
	],
	'participation.admin.threshold': [
		'Број подршки после којег канцеларија мора да одговори',
		'Supports after which the office must answer'
	],
	'participation.admin.answerDays': ['Рок за одговор (у данима)', 'Time to answer (in days)'],
	'participation.admin.saveSettings': ['Сачувај правила', 'Save the rules'],
	'participation.admin.settingsSaved': ['Правила су сачувана.', 'The rules have been saved.'],
	'participation.admin.newPoll': ['Нова анкета', 'New poll'],
	'participation.admin.pollQuestion': ['Питање', 'Question'],
	'participation.admin.pollQuestionEn': ['Питање на енглеском', 'Question in English'],
	'participation.admin.pollOptions': ['Одговори, сваки у свом реду', 'Answers, one per line'],
	'participation.admin.pollOptionsEn': ['Одговори на енглеском; истим редом', 'Answers in English, same order'],
	'participation.admin.pollMultiple': ['Може се изабрати више одговора', 'Several answers may be chosen'],
	'participation.admin.pollAudience': ['Ко гласа', 'Who votes'],
	'participation.admin.pollResultsAfterVote': [
		'Резултати се виде одмах после гласања',
		'Results are shown right after voting'
	],
	'participation.admin.pollOpens': ['Отвара се', 'Opens'],
	'participation.admin.pollCloses': ['Затвара се', 'Closes'],
	'participation.admin.savePoll': ['Објави анкету', 'Publish the poll'],
	'participation.admin.pollSaved': ['Анкета је сачувана.', 'The poll has been saved.'],
	'participation.admin.newRound': ['Нови круг буџета', 'New budget round'],
	'participation.admin.roundTitle': ['Назив круга', 'Name of the round'],
	'participation.admin.roundTitleEn': ['Назив на енглеском', 'Name in English'],
	'participation.admin.roundDescription': ['Опис', 'Description'],
	'participation.admin.roundAmount': ['Износ у динарима', 'Amount in dinars (RSD)'],
	'participation.admin.roundRule': ['Правило гласања', 'Voting rule'],
	'participation.admin.rule.within_amount': [
		'Пројекти чији збир не прелази износ',
		'Projects whose costs add up to at most the amount'
	],
	'participation.admin.rule.approve_up_to': [
		'Одобравање до одређеног броја пројеката',
		'Approve up to a set number of projects'
	],
	'participation.admin.roundMaxChoices': [
		'Највише пројеката по листићу (за одобравање)',
		'Most projects per ballot (for approval)'
	],
	'participation.admin.phase.proposalsFrom': ['Предлози од', 'Proposals from'],
	'participation.admin.phase.reviewFrom': ['Провера изводљивости од', 'Feasibility review from'],
	'participation.admin.phase.votingFrom': ['Гласање од', 'Voting from'],
	'participation.admin.phase.resultsFrom': ['Резултати од', 'Results from'],
	'participation.admin.phase.implementationFrom': ['Реализација од', 'Implementation from'],
	'participation.admin.saveRound': ['Сачувај круг', 'Save the round'],
	'participation.admin.roundSaved': ['Круг је сачуван.', 'The round has been saved.'],
	'participation.admin.review': ['Провера изводљивости', 'Feasibility review'],
	'participation.admin.finalCost': ['Коначна процена трошка у динарима', 'Final cost estimate in dinars (RSD)'],
	'participation.admin.feasibilityReason': ['Образложење (јавно)', 'Reasoning (public)'],
	'participation.admin.saveReview': ['Сачувај проверу', 'Save the review'],
	'participation.admin.reviewed': ['Провера је сачувана.', 'The review has been saved.'],
	'participation.admin.progress': ['Реализација (%)', 'Carried out (%)'],
	'participation.admin.progressNote': ['Напомена о реализацији', 'Note on progress'],
	'participation.admin.saveProgress': ['Сачувај напредак', 'Save progress'],
	'participation.admin.progressSaved': ['Напредак је сачуван.', 'Progress has been saved.'],
	'participation.admin.paperBallot': ['Унос папирног листића', 'Enter a paper ballot'],
	'participation.admin.paperBallotIntro': [
		'Папирни листићи се броје одвојено; бележи се ко их је унео.',
		'Paper ballots are counted separately; who entered them is recorded.'
	],
	'participation.admin.savePaper': ['Унеси листић', 'Enter the ballot'],
	'participation.admin.paperSaved': ['Папирни листић је унет.', 'The paper ballot has been entered.'],

	'participation.dashboard.moderation': [
		{
			one: '{count} иницијатива чека преглед',
			few: '{count} иницијативе чекају преглед',
			other: '{count} иницијатива чека преглед'
		},
		{ one: '{count} initiative awaits review', other: '{count} initiatives await review' }
	],
	'participation.dashboard.overdue': [
		{
			one: 'Одговор на {count} иницијативу касни',
			few: 'Одговори на {count} иницијативе касне',
			other: 'Одговори на {count} иницијатива касне'
		},
		{ one: 'The answer to {count} initiative is overdue', other: 'Answers to {count} initiatives are overdue' }
	],
	'participation.dashboard.reports': [
		{
			one: '{count} отворена пријава садржаја',
			few: '{count} отворене пријаве садржаја',
			other: '{count} отворених пријава садржаја'
		},
		{ one: '{count} open content report', other: '{count} open content reports' }
	],

	'participation.statistics.title': ['Иницијативе, анкете и буџет за младе', 'Initiatives, polls and the youth budget'],
	'participation.statistics.people': [
		'Млади који су подржали иницијативу или гласали',
		'Young people who supported an initiative or voted'
	],
	'participation.statistics.areaSupporters': [
		'Млади који су подржали иницијативу повезану са облашћу',
		'Young people who supported an initiative linked to the area'
	],
	'participation.statistics.submitted': ['Поднете иницијативе', 'Initiatives submitted'],
	'participation.statistics.answered': ['Иницијативе са званичним одговором', 'Initiatives officially answered'],
	'participation.statistics.pollVotes': ['Гласови у анкетама', 'Poll votes'],
	'participation.statistics.budgetProjectsDone': [
		'Реализовани пројекти буџета за младе',
		'Youth budget projects carried out'
	],
	'participation.initiatives_submitted': ['поднете иницијативе младих', 'youth initiatives submitted'],
	'participation.young_participants': [
		'различити млади који су подржали иницијативу или гласали (анкете, буџет за младе)',
		'different young people who supported an initiative or voted (polls, youth budget)'
	],
	'participation.budget_projects_done': ['реализовани пројекти буџета за младе', 'youth budget projects carried out'],

	'participation.personalData.profile': ['Учешће: узраст и пол', 'Participation: age and gender'],
	'participation.personalData.initiatives': ['Ваше иницијативе', 'Your initiatives'],
	'participation.personalData.supports': ['Ваше подршке иницијативама', 'Your supports of initiatives'],
	'participation.personalData.votes': ['Ваши гласови у анкетама', 'Your votes in polls'],
	'participation.personalData.ballots': ['Ваши листићи буџета за младе', 'Your youth budget ballots'],
	'participation.personalData.comments': ['Ваши коментари', 'Your comments'],
	'participation.personalData.projects': ['Ваши предлози пројеката', 'Your project proposals'],

	'participation.home.title': ['Твој глас у општини', 'Your say in the municipality'],
	'participation.home.openBudget': ['Буџет за младе: {phase}', 'Youth budget: {phase}'],
	'participation.home.polls': ['Анкета', 'Poll'],
	'participation.opendata.keyword': ['учешће младих', 'youth participation'],
	'participation.opendata.initiatives.title': ['Иницијативе младих', 'Youth initiatives'],
	'participation.opendata.initiatives.description': [
		'Објављене иницијативе младих са облашћу, статусом, бројем подршки, датумима и одговором канцеларије. Аутори, чланови група и они који су подржали нису укључени.',
		'Published youth initiatives with their category, status, number of supports, dates and the office’s answer. Authors, group members and supporters are left out.'
	],
	'participation.opendata.polls.title': ['Резултати брзих анкета', 'Quick poll results'],
	'participation.opendata.polls.description': [
		'Један ред по понуђеном одговору завршене брзе анкете, са бројем гласова. Број мањи од пет је скривен.',
		'One row per option of a closed quick poll, with its votes. A count under five is hidden.'
	],
	'participation.opendata.budget.title': ['Резултати буџета за младе', 'Youth budget results'],
	'participation.opendata.budget.description': [
		'Један ред по изводљивом пројекту круга чији су резултати објављени: цена, гласови и да ли је изабран. Ко је предложио и ко је гласао није укључено.',
		'One row per feasible project of a round whose results are out: cost, votes and whether it won. Who proposed and who voted are left out.'
	],
	'participation.opendata.column.id': ['Трајни идентификатор иницијативе', 'The initiative’s permanent identifier'],
	'participation.opendata.column.title': ['Назив иницијативе', 'The initiative’s title'],
	'participation.opendata.column.category': ['Област иницијативе', 'The initiative’s category'],
	'participation.opendata.column.category_en': ['Назив области на енглеском', 'The category’s name in English'],
	'participation.opendata.column.status': ['Докле је иницијатива стигла', 'How far the initiative has come'],
	'participation.opendata.column.supports': ['Број подршки', 'Number of supports'],
	'participation.opendata.column.published_at': ['Када је објављена', 'When it was published'],
	'participation.opendata.column.answer_due_at': [
		'Рок до ког канцеларија треба да одговори',
		'The date by which the office owes an answer'
	],
	'participation.opendata.column.answered_at': ['Када је канцеларија одговорила', 'When the office answered'],
	'participation.opendata.column.answer': ['Одговор канцеларије', 'The office’s answer'],
	'participation.opendata.column.answer_en': ['Одговор на енглеском, ако постоји', 'The answer in English, if given'],
	'participation.opendata.column.url': ['Страница на порталу', 'The page on the portal'],
	'participation.opendata.column.poll_id': ['Трајни идентификатор анкете', 'The poll’s permanent identifier'],
	'participation.opendata.column.question': ['Питање анкете', 'The poll’s question'],
	'participation.opendata.column.question_en': [
		'Питање на енглеском, ако постоји',
		'The question in English, if given'
	],
	'participation.opendata.column.is_multiple': [
		'Да ли је могло да се изабере више одговора',
		'Whether several options could be chosen'
	],
	'participation.opendata.column.opened_at': ['Када је гласање почело', 'When voting opened'],
	'participation.opendata.column.closed_at': ['Када је гласање завршено', 'When voting closed'],
	'participation.opendata.column.voters': [
		'Број гласача у анкети (празно када је мањи од пет)',
		'Voters in the poll (empty when fewer than five)'
	],
	'participation.opendata.column.option_id': ['Трајни идентификатор одговора', 'The option’s permanent identifier'],
	'participation.opendata.column.option': ['Понуђени одговор', 'The option offered'],
	'participation.opendata.column.option_en': ['Одговор на енглеском, ако постоји', 'The option in English, if given'],
	'participation.opendata.column.votes': [
		'Гласови за овај одговор (празно када их је мање од пет)',
		'Votes for this option (empty when fewer than five)'
	],
	'participation.opendata.column.percent': [
		'Удео гласача који су изабрали овај одговор, у процентима (празно када је број скривен)',
		'Share of voters who chose this option, in per cent (empty when the count is hidden)'
	],
	'participation.opendata.column.round_id': ['Трајни идентификатор круга', 'The round’s permanent identifier'],
	'participation.opendata.column.round': ['Назив круга буџета за младе', 'The youth budget round’s title'],
	'participation.opendata.column.round_en': [
		'Назив круга на енглеском, ако постоји',
		'The round’s title in English, if given'
	],
	'participation.opendata.column.amount': ['Износ круга у динарима', 'The round’s amount in dinars'],
	'participation.opendata.column.results_from': ['Када су резултати објављени', 'When the results came out'],
	'participation.opendata.column.ballots': ['Број гласачких листића у кругу', 'Ballots cast in the round'],
	'participation.opendata.column.project_id': ['Трајни идентификатор пројекта', 'The project’s permanent identifier'],
	'participation.opendata.column.project': ['Назив пројекта', 'The project’s title'],
	'participation.opendata.column.cost': ['Коначна цена пројекта у динарима', 'The project’s final cost in dinars'],
	'participation.opendata.column.projectVotes': ['Гласови за пројекат', 'Votes for the project'],
	'participation.opendata.column.is_winner': ['Да ли је пројекат изабран', 'Whether the project won'],
	'participation.opendata.column.progress': [
		'Колико је пројекат спроведен, у процентима',
		'How far the project has been carried out, in per cent'
	]
});

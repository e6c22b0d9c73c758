// Every module's messages in one catalogue. A new module adds its messages here.
import { coreMessages } from '../i18n/messages.ts';
import { buildCatalogue } from '../i18n/translate.ts';
import { accountsMessages } from './accounts/messages.ts';
import { settingsMessages } from './settings/messages.ts';
import { pagesMessages } from './pages/messages.ts';
import { systemMessages } from './system/messages.ts';
import { auditMessages } from './system/audit-messages.ts';
import { newsMessages } from './news/messages.ts';
import { opportunitiesMessages } from './opportunities/messages.ts';
import { callsMessages } from './calls/messages.ts';
import { callsDecisionMessages } from './calls/decision-messages.ts';
import { documentsMessages } from './documents/messages.ts';
import { mediaMessages } from './media/messages.ts';
import { contactMessages } from './contact/messages.ts';
import { searchMessages } from './search/messages.ts';
import { eventsMessages } from './events/messages.ts';
import { registrationsMessages } from './registrations/messages.ts';
import { attendanceMessages } from './attendance/messages.ts';
import { actionPlanMessages } from './action-plan/messages.ts';
import { surveysMessages } from './surveys/messages.ts';
import { organisationsMessages } from './organisations/messages.ts';
import { privacyMessages } from './privacy/messages.ts';
import { participationMessages } from './participation/messages.ts';
import { councilMessages } from './council/messages.ts';
import { volunteeringMessages } from './volunteering/messages.ts';
import { openDataMessages } from './open-data/messages.ts';
import { reportsMessages } from './reports/messages.ts';

export const messageDefinitions = {
	...coreMessages,
	...accountsMessages,
	...settingsMessages,
	...pagesMessages,
	...systemMessages,
	...auditMessages,
	...newsMessages,
	...opportunitiesMessages,
	...callsMessages,
	...callsDecisionMessages,
	...documentsMessages,
	...mediaMessages,
	...contactMessages,
	...searchMessages,
	...eventsMessages,
	...registrationsMessages,
	...attendanceMessages,
	...actionPlanMessages,
	...surveysMessages,
	...organisationsMessages,
	...privacyMessages,
	...participationMessages,
	...councilMessages,
	...volunteeringMessages,
	...openDataMessages,
	...volunteeringMessages,
	...reportsMessages
};

export type MessageKey = keyof typeof messageDefinitions;

export const catalogue = buildCatalogue(messageDefinitions);

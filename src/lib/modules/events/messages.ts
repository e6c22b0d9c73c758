import { defineMessages } from '../../i18n/define.ts';

export const eventsMessages = defineMessages({});

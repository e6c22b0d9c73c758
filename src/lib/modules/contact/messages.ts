import { defineMessages } from '../../i18n/define.ts';

export const contactMessages = defineMessages({
	'contact.kind': ['Контакт', 'Contact']
});

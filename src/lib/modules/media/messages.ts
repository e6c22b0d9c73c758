import { defineMessages } from '../../i18n/define.ts';

export const mediaMessages = defineMessages({
	'media.kind': ['Слика', 'Image']
});

import { defineMessages } from '../../i18n/define.ts';

export const newsMessages = defineMessages({
	'news.kind': ['Вест', 'News']
});

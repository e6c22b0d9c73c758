import { defineMessages } from '../../i18n/define.ts';

export const documentsMessages = defineMessages({
	'documents.kind': ['Документ', 'Document']
});

import { organisationAdminMessages } from './messages/admin.ts';
import { organisationDirectoryMessages } from './messages/directory.ts';

export const organisationsMessages = { ...organisationAdminMessages, ...organisationDirectoryMessages };

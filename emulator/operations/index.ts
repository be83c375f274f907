/** Every operation the emulator serves, by Connect operation name. */
import { CONTACT_OPERATIONS } from './contacts';
import { OperationHandler } from './context';
import { PREDEFINED_ATTRIBUTE_OPERATIONS } from './predefined-attributes';
import { QUEUE_OPERATIONS } from './queues';
import { ROUTING_PROFILE_OPERATIONS } from './routing-profiles';
import { TAG_OPERATIONS } from './tags';
import { USER_OPERATIONS } from './users';
import { SERVED_OPERATIONS } from '../model/served-operations';

export const OPERATIONS: Readonly<Record<string, OperationHandler>> = {
  ...ROUTING_PROFILE_OPERATIONS,
  ...QUEUE_OPERATIONS,
  ...USER_OPERATIONS,
  ...TAG_OPERATIONS,
  ...CONTACT_OPERATIONS,
  ...PREDEFINED_ATTRIBUTE_OPERATIONS,
};

// The served list drives the model extraction; the two must not drift apart.
for (const name of SERVED_OPERATIONS) {
  if (!OPERATIONS[name]) throw new Error(`emulator bug: no handler for served operation ${name}`);
}

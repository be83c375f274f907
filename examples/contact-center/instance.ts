import { CONTACT_CENTER_QUEUES } from './queues';

/**
 * The instance the example names when it is given no real one: a placeholder id, which `exampleSeed` adds to the
 * local emulator, as a user's app names the instance it was exported from.
 */
export const EXAMPLE_INSTANCE_ID = '00000000-0000-4000-8000-000000000000';
export const EXAMPLE_INSTANCE_ARN = `arn:aws:connect:us-east-1:123456789012:instance/${EXAMPLE_INSTANCE_ID}`;

/** The emulator seed (`local emulator --seed`) for the example: its instance, every queue it names, and these agents. */
export function exampleSeed(usernames: readonly string[] = []) {
  return {
    instances: [{ id: EXAMPLE_INSTANCE_ID, alias: 'contact-center' }],
    queues: CONTACT_CENTER_QUEUES.map((q) => ({ instanceId: EXAMPLE_INSTANCE_ID, ...q })),
    ...(usernames.length > 0 ? { users: usernames.map((username) => ({ instanceId: EXAMPLE_INSTANCE_ID, username })) } : {}),
  };
}

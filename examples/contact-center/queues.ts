/**
 * The queues the example contact center routes to, by name. In a real instance they already exist (queues are
 * made in the Connect console or by `CfnQueue`); the local demo adds the ones a new emulated instance lacks.
 */
export const CONTACT_CENTER_QUEUES: ReadonlyArray<{ readonly name: string; readonly description: string }> = [
  { name: 'BasicQueue', description: 'A simple, basic voice queue.' },
  { name: 'VIP', description: 'Priority customers' },
  { name: 'Outages', description: 'Service outage reports' },
  { name: 'Escalations', description: 'Contacts escalated by a supervisor' },
  { name: 'Support', description: 'Customer support' },
  { name: 'Technical Support', description: 'Devices, apps and connectivity' },
  { name: 'Billing', description: 'Billing questions' },
  { name: 'Returns', description: 'Returns and refunds' },
  { name: 'Spanish', description: 'Spanish-speaking customers' },
  { name: 'French', description: 'French-speaking customers' },
  { name: 'Sales', description: 'Inbound sales calls and chats' },
  { name: 'Callbacks', description: 'Scheduled and queued callbacks' },
  { name: 'Email Support', description: 'Customer emails' },
  { name: 'Back Office', description: 'Tasks for the back office' },
];

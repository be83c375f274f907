import { describeCall, describeDifference, inReadingOrder } from './people-terms';
import type { PlanAction, ResourcePlan } from './resource-plan';
import { ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE } from '../../src/private/contract';

const MARKS: Readonly<Record<PlanAction, string>> = { 'create': '+', 'change': '~', 'unchanged': '=', 'fail': '!', 'after-deploy': '?' };

/** One resource of the plan: a heading line, then what differs, the calls, and notes, indented. */
export function resourceText(plan: ResourcePlan): string[] {
  const calls = `${plan.calls.length} call${plan.calls.length === 1 ? '' : 's'}`;
  const verdict: Record<PlanAction, string> = {
    'create': `to create, ${calls}`,
    'change': `to change, ${calls}`,
    'unchanged': 'no change',
    'fail': 'the deploy fails',
    'after-deploy': 'known only after deploy',
  };
  const kind = plan.resourceType === ROUTING_PROFILE_CONCURRENCY_RESOURCE_TYPE ? ', concurrency only' : '';
  const agents = plan.agents === undefined ? '' : `; ${plan.agents} agent${plan.agents === 1 ? '' : 's'} on the profile`;
  const name = plan.routingProfileName === undefined ? '' : `${JSON.stringify(plan.routingProfileName)} `;
  const lines = [`${MARKS[plan.action]} ${name}(${plan.path}${kind}): ${verdict[plan.action]}${agents}`];
  if (plan.reason !== undefined) lines.push(...plan.reason.split('\n').map((line) => `    ${line}`));
  lines.push(...inReadingOrder(plan.differences, plan.queueNames).map((d) => `    ${describeDifference(d, plan.queueNames)}`));
  if (plan.calls.length > 0) lines.push('    calls:', ...plan.calls.map((call) => `      ${describeCall(call, plan.queueNames)}`));
  lines.push(...plan.notes.map((note) => `    note: ${note}`));
  return lines;
}

/** The closing line: how many profiles each way, and calls in total. */
export function summaryText(plans: readonly ResourcePlan[]): string {
  const count = (action: PlanAction) => plans.filter((p) => p.action === action).length;
  const parts = [`${count('create')} to create`, `${count('change')} to change`, `${count('unchanged')} unchanged`];
  if (count('fail') > 0) parts.push(`${count('fail')} failing`);
  if (count('after-deploy') > 0) parts.push(`${count('after-deploy')} known only after deploy`);
  const calls = plans.reduce((total, p) => total + p.calls.length, 0);
  return `Plan: ${parts.join(', ')}; ${calls} call${calls === 1 ? '' : 's'} in total. Nothing was written to Connect.`;
}

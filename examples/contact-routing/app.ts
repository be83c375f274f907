import { App } from 'aws-cdk-lib';
import { ContactRoutingStack } from './contact-routing-stack';

/**
 * Synthesizes the contact-routing example (`cdk synth` for it) and prints the rules the function will apply. The
 * instance comes from CONNECT_INSTANCE_ARN; the default is a placeholder that synthesizes but names no real
 * instance. See docs/contact-routing.md for the flow side.
 *
 *   npx ts-node --project tsconfig.dev.json examples/contact-routing/app.ts
 */
const instanceArn = process.env.CONNECT_INSTANCE_ARN
  ?? 'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000000';
const [, , , region, account] = instanceArn.split(':');

const app = new App({ outdir: process.env.CDK_OUTDIR ?? 'cdk.out' });
const stack = new ContactRoutingStack(app, 'ContactRouting', { instanceArn, env: { account, region } });
const assembly = app.synth();

const template = assembly.getStackByName(stack.stackName).template;
const fn = Object.values(template.Resources as Record<string, any>).find((r) => r.Type === 'AWS::Lambda::Function');
const config = JSON.parse(fn.Properties.Environment.Variables.CONTACT_ROUTING_CONFIG);
console.log(`Synthesized ${stack.stackName} into ${assembly.directory}: a function for flows of ${instanceArn}`);
for (const rule of config.rules) {
  const when = rule.conditions.map((c: any) => `${c.source}${c.key ? ` "${c.key}"` : ''} ${c.test} ${JSON.stringify(c.values ?? c.number ?? c.queue ?? '')}`);
  const action = rule.queuePriority !== undefined ? `priority ${rule.queuePriority}` : `age ${rule.queueTimeAdjustmentSeconds > 0 ? '+' : ''}${rule.queueTimeAdjustmentSeconds} s`;
  console.log(`  ${rule.name}: ${when.join(' and ')} -> ${action}`);
}

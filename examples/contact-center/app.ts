import { App } from 'aws-cdk-lib';
import { ContactCenterStack } from './contact-center-stack';

/**
 * Synthesizes the example contact center. The instance ARN comes from CONNECT_INSTANCE_ARN (the local deploy
 * sets it to the emulator's instance); the default is a placeholder that synthesizes but names no real instance.
 */
const instanceArn = process.env.CONNECT_INSTANCE_ARN
  ?? 'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000000';

const app = new App({ outdir: process.env.CDK_OUTDIR ?? 'cdk.out' });
new ContactCenterStack(app, 'ContactCenter', {
  instanceArn,
  env: { account: instanceArn.split(':')[4], region: instanceArn.split(':')[3] },
});
const assembly = app.synth();

// A readable summary of what was declared: the custom resources and what each asks of Connect.
for (const stack of assembly.stacks) {
  console.log(`Synthesized ${stack.stackName} into ${assembly.directory}/${stack.templateFile}`);
  for (const [logicalId, resource] of Object.entries<any>(stack.template.Resources)) {
    if (resource.Type !== 'Custom::ConnectRoutingProfile') continue;
    const p = resource.Properties;
    const channels = p.MediaConcurrencies.map((m: any) => `${m.Channel}=${m.Concurrency}`).join(' ');
    console.log(`  ${logicalId}: "${p.Name}" [${channels}] ${p.QueueConfigs?.length ?? 'unmanaged'} queue pair(s), `
      + `${p.ManualAssignmentQueues?.length ?? 0} manual-assignment pair(s)`);
  }
}

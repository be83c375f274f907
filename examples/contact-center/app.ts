import { EXAMPLE_INSTANCE_ARN } from './instance';
import { synthesizeContactCenter } from './synthesize';
import { readCloudAssembly } from '../../local-deploy';

/**
 * Synthesizes the example contact center (`cdk synth` for it). The instance comes from CONNECT_INSTANCE_ARN; the
 * default is a placeholder that synthesizes but names no real instance. CONTACT_CENTER_HOLIDAY_PEAK=true selects
 * the holiday-peak variant. To deploy it locally, run `demo.ts` instead.
 */
const instanceArn = process.env.CONNECT_INSTANCE_ARN ?? EXAMPLE_INSTANCE_ARN;
const directory = synthesizeContactCenter({
  instanceArn,
  outdir: process.env.CDK_OUTDIR ?? 'cdk.out',
  holidayPeak: process.env.CONTACT_CENTER_HOLIDAY_PEAK === 'true',
});

// A readable summary of what was declared: the custom resources and what each asks of Connect.
for (const stack of readCloudAssembly(directory).stacks) {
  console.log(`Synthesized ${stack.stackName} into ${directory}`);
  for (const [logicalId, resource] of Object.entries(stack.template.Resources ?? {})) {
    if (resource.Type !== 'Custom::ConnectRoutingProfile') continue;
    const p = resource.Properties as any;
    const channels = p.MediaConcurrencies.map((m: any) => `${m.Channel}=${m.Concurrency}`).join(' ');
    console.log(`  ${logicalId}: "${p.Name}" [${channels}] ${p.QueueConfigs?.length ?? 'unmanaged'} queue pair(s), `
      + `${p.ManualAssignmentQueues?.length ?? 0} manual-assignment pair(s)`);
  }
}

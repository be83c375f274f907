import * as path from 'path';
import { assemblyResources } from './assembly-resources';
import { planDocument } from './plan-document';
import { ResourcePlanner } from './plan-resource';
import { resourceText, summaryText } from './render-text';
import type { ResourcePlan } from './resource-plan';
import { readCloudAssembly } from '../../local-deploy/assembly';
import { parseInstanceArn } from '../../src/private/connect-arn';
import { Command } from '../command';
import { explainConnectError } from '../connect/connect-errors';
import { CONNECT_ENDPOINT_OPTION, MAX_RATE_OPTION, readConnectOptions, REGION_OPTION } from '../connect/options';
import { chooseRegion, configuredRegion, openReadOnlySession, RegionalTarget } from '../connect/session';
import { CliError, ExitCode } from '../errors';
import { flagOption, stringOptions } from '../parse';

/** `plan <cloud-assembly-dir>`: what a deploy of the app would do to the live profiles, read-only. */
export const planCommand: Command = {
  name: 'plan',
  summary: 'Show, read-only, the Connect calls a deploy of a synthesized app would make, against the live instance',
  description: [
    'For every RoutingProfile and RoutingProfileConcurrency of the cloud assembly, reads the live routing profile and',
    'runs the planner a deploy runs, then prints per profile what the deploy would do in people\'s terms: queues by name',
    'and channel, priority and delay old → new, pairs added or removed, concurrency changes, the agents on the profile,',
    'the calls; then one summary line. A profile that does not exist yet is "to create"; a value CloudFormation knows',
    'only while it deploys (a CfnQueue of the same stack) is shown as "known after deploy", never guessed.',
    'Only reads: the command never writes to Connect. Credentials and Region come from the AWS SDK (AWS_PROFILE,',
    'AWS_REGION, …); it paces its reads under Connect\'s 2 requests per second per API.',
  ].join('\n'),
  positionals: [{ name: 'cloud-assembly-dir', description: 'The synthesized app: `cdk synth` writes it to cdk.out' }],
  options: {
    'stack': { type: 'string', valueName: 'NAME', multiple: true, description: 'Only this stack (default: every stack of the assembly)' },
    'json': { type: 'boolean', description: 'Print the plan as one JSON document (formatVersion 1, see the README)' },
    'detailed-exitcode': { type: 'boolean', description: `Exit with ${ExitCode.CHANGES} when the deploy would change anything, 0 when nothing` },
    'region': REGION_OPTION,
    'endpoint': CONNECT_ENDPOINT_OPTION,
    'max-rate': MAX_RATE_OPTION,
  },
  examples: [
    'npx cdk synth && npx cdk-connect-routing plan cdk.out',
    'cdk-connect-routing plan cdk.out --stack ContactCenter --detailed-exitcode   # in CI: 0 no change, 2 changes, 1 error',
    'cdk-connect-routing plan cdk.out --json > plan.json',
  ],
  async run(input, output) {
    const label = input.positionals[0];
    const json = flagOption(input, 'json');
    const connection = readConnectOptions(input);
    const configured = await configuredRegion(connection.region);

    const assembly = readCloudAssembly(path.resolve(label));
    const resources = assemblyResources(assembly, stringOptions(input, 'stack'), configured?.region, label);
    const targets: RegionalTarget[] = resources.flatMap((r) => {
      const instance = typeof r.properties.InstanceArn === 'string' ? parseInstanceArn(r.properties.InstanceArn) : undefined;
      return instance ? [{ region: instance.region, what: `${r.path} (instance ${instance.instanceArn})` }] : [];
    });
    const region = chooseRegion(configured, targets);
    const session = await openReadOnlySession({ region, endpoint: connection.endpoint, callsPerSecond: connection.callsPerSecond });
    const planner = new ResourcePlanner(session.api);
    if (!json) output.out(`Planning ${resources.length} resource(s) of ${label} against ${session.endpointLabel}, read-only: this command never writes to Connect.\n`);
    const plans: ResourcePlan[] = [];
    try {
      for (const resource of resources) {
        const plan = await planner.plan(resource).catch((error) => { throw explainConnectError(error, session.endpointLabel); });
        plans.push(plan);
        if (!json) output.out(resourceText(plan).join('\n'));
      }
    } finally {
      session.close();
    }
    const about = { assembly: assembly.directory, region, readCalls: session.api.readCalls };
    if (json) output.out(JSON.stringify(planDocument(plans, about), undefined, 2));
    else output.out(['', summaryText(plans)].join('\n'));

    const failing = plans.filter((p) => p.action === 'fail');
    if (failing.length > 0) {
      throw new CliError(`the deploy would fail: ${failing.map((p) => p.path).join(', ')} (see the plan above); nothing was written to Connect`);
    }
    const changes = plans.some((p) => p.action !== 'unchanged');
    return changes && flagOption(input, 'detailed-exitcode') ? ExitCode.CHANGES : ExitCode.SUCCESS;
  },
};

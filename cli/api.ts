/**
 * The implementation of `cdk-connect-routing/local` (contract and documentation: local.d.ts at the package
 * root): the emulator, its DynamoDB and a local deploy in the caller's process, for users' own tests. It is
 * the same machinery the `local` commands use.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Contract from '../local';
import { CliError } from './errors';
import { driftReconcilerOf, runDriftReconciler } from './local/drift-run';
import { connectionToStarted } from './local/emulator-connection';
import { openDeployment } from './local/local-deployment';
import { startLocalServices } from './local/local-services';
import { applySeed, checkSeed } from './local/seed-file';
import { LocalStateDirectory } from './local/state-directory';

export const startLocalConnect: typeof Contract.startLocalConnect = async (options = {}) => {
  const seed = options.seed === undefined ? undefined : checkSeed(options.seed, 'seed');
  const services = await startLocalServices({
    port: options.port ?? 0,
    throttle: options.throttle ?? false,
    region: options.region,
    accountId: options.accountId,
    log: options.log ?? (() => undefined),
  });
  const temporary = options.stateDirectory === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'cdk-connect-routing-local-')) : undefined;
  const close = async () => {
    await services.close();
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
  };
  try {
    const instances = seed ? await applySeed(services.emulator.control, seed, 'seed') : [services.emulator.emulator.summary()];
    const connection = connectionToStarted(services);
    const state = new LocalStateDirectory(options.stateDirectory ?? temporary!);
    const deploymentWith = (deployOptions: Contract.LocalDeployOptions = {}) =>
      openDeployment(connection, state, { onProgress: deployOptions.onProgress, onFunctionLog: deployOptions.onFunctionLog });
    const control = services.emulator.control;
    return {
      endpoint: services.endpoint,
      region: connection.region,
      accountId: connection.accountId,
      instanceId: instances[0].instanceId,
      instanceArn: instances[0].instanceArn,
      instances: instances.map(({ instanceId, instanceArn, queues, routingProfiles, users, contacts }) =>
        ({ instanceId, instanceArn, queues, routingProfiles, users, contacts })),
      clientConfig: {
        endpoint: services.endpoint,
        region: connection.region,
        credentials: { accessKeyId: 'cdk-connect-routing-local', secretAccessKey: 'cdk-connect-routing-local' },
      },
      stateDirectory: state.directory,
      deploy: async (cloudAssemblyDirectory, deployOptions) => {
        const deployment = await deploymentWith(deployOptions);
        try {
          const results = await deployment.deploy(path.resolve(cloudAssemblyDirectory));
          return results.map(({ cleanupErrors: _cleanupErrors, stackId: _stackId, ...result }) => result);
        } finally {
          if (state.stackNames().length > 0) state.recordRun(connection);
          await deployment.close();
        }
      },
      destroy: async (deployOptions) => {
        const deployment = await deploymentWith(deployOptions);
        try {
          return await deployment.destroy();
        } finally {
          await deployment.close();
        }
      },
      runDriftReconciler: async (runOptions = {}) => {
        const deployment = await deploymentWith();
        try {
          const stackNames = runOptions.stackName === undefined ? state.stackNames() : [runOptions.stackName];
          const runs: Contract.LocalDriftRun[] = [];
          for (const stackName of stackNames) {
            const functionLogicalId = driftReconcilerOf(deployment.state(stackName));
            if (functionLogicalId === undefined) {
              if (runOptions.stackName === undefined) continue;
              throw new CliError(`stack ${stackName} ${deployment.state(stackName) ? 'has no drift reconciler' : 'is not deployed'}`);
            }
            const summary = await runDriftReconciler(deployment, stackName, functionLogicalId, connection);
            runs.push({
              stackName,
              functionLogicalId,
              driftedProfiles: summary.driftedProfiles,
              correctedProfiles: summary.correctedProfiles,
              uncheckedProfiles: summary.uncheckedProfiles,
              outcomes: summary.outcomes,
            });
          }
          return runs;
        } finally {
          await deployment.close();
        }
      },
      calls: (filter) => control.calls(filter),
      clearCalls: () => control.clearCalls(),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
};

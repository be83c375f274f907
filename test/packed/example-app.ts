/**
 * The example contact center as a user's own CDK app: bundled by the packed-tarball test into app.js, with
 * `cdk-connect-routing`, aws-cdk-lib and constructs left to the app's node_modules (the installed tarball).
 * `cdk synth` (CDK_OUTDIR) or `node app.js` (cdk.out) synthesizes it.
 */
import { EXAMPLE_INSTANCE_ARN } from '../../examples/contact-center/instance';
import { synthesizeContactCenter } from '../../examples/contact-center/synthesize';

synthesizeContactCenter({
  instanceArn: process.env.CONNECT_INSTANCE_ARN ?? EXAMPLE_INSTANCE_ARN,
  outdir: process.env.CDK_OUTDIR ?? 'cdk.out',
});

/**
 * The example contact center as a user's own CDK app: bundled by the packed-tarball test into app.js, with
 * `cdk-connect-routing`, aws-cdk-lib and constructs left to the app's node_modules (the installed tarball).
 * `cdk synth` (CDK_OUTDIR) or `node app.js` (cdk.out) synthesizes it.
 */
import { synthesizeContactCenter } from '../../examples/contact-center/synthesize';

synthesizeContactCenter({
  instanceArn: process.env.CONNECT_INSTANCE_ARN ?? 'arn:aws:connect:us-east-1:123456789012:instance/00000000-0000-4000-8000-000000000000',
  outdir: process.env.CDK_OUTDIR ?? 'cdk.out',
});

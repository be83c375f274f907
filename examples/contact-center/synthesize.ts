import { App } from 'aws-cdk-lib';
import { ContactCenterStack } from './contact-center-stack';

export interface SynthesizeOptions {
  readonly instanceArn: string;
  /** The cloud assembly folder. */
  readonly outdir: string;
  /** @default false */
  readonly holidayPeak?: boolean;
}

/** Synthesizes the example contact center for an instance (its Region and account) and returns the assembly folder. */
export function synthesizeContactCenter(options: SynthesizeOptions): string {
  const [, , , region, account] = options.instanceArn.split(':');
  const app = new App({ outdir: options.outdir });
  new ContactCenterStack(app, 'ContactCenter', {
    instanceArn: options.instanceArn,
    holidayPeak: options.holidayPeak,
    env: { account, region },
  });
  return app.synth().directory;
}

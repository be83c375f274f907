import { INSTANCE_ARN, maskedTemplate, newStack, routingProfileArn } from './fixtures';
import { CrossChannelBehavior, MediaConcurrency, RoutingProfileConcurrency, RoutingProfileTarget } from '../../src';

// Golden template of the brownfield case: a change here is a change to what users deploy. Review it, then `npx projen test:update`.

test('brownfield: the default profile\'s chat and task concurrency, and another profile\'s email left as set on removal', () => {
  const stack = newStack('Brownfield');
  new RoutingProfileConcurrency(stack, 'BasicConcurrency', {
    routingProfile: RoutingProfileTarget.fromName(INSTANCE_ARN, 'Basic Routing Profile'),
    mediaConcurrencies: [
      MediaConcurrency.chat(3, { crossChannelBehavior: CrossChannelBehavior.ROUTE_ANY_CHANNEL }),
      MediaConcurrency.task(2),
    ],
  });
  new RoutingProfileConcurrency(stack, 'EmailConcurrency', {
    routingProfile: RoutingProfileTarget.fromArn(routingProfileArn('0d8f7e6c-0000-4000-8000-00000000e3a1')),
    mediaConcurrencies: [MediaConcurrency.email(4)],
    restoreOnRemoval: false,
  });
  expect(maskedTemplate(stack)).toMatchSnapshot();
});

// Planned bodies must be exactly what the SDK commands take. The type check (tsc over test/) proves each
// body plus the ids is a valid command input; the runtime check proves each operation names a real command.
import * as connect from '@aws-sdk/client-connect';
import { CreateRoutingProfileBody, PlannedCall, PlannedOperation } from '../../lambda/reconcile';

const ids = { InstanceId: 'i', RoutingProfileId: 'rp' };

/** Would not compile if a body drifted from the SDK input it stands for. */
function toCommand(call: PlannedCall): object {
  switch (call.operation) {
    case 'UpdateRoutingProfileName': return new connect.UpdateRoutingProfileNameCommand({ ...ids, ...call.input });
    case 'UpdateRoutingProfileDefaultOutboundQueue': return new connect.UpdateRoutingProfileDefaultOutboundQueueCommand({ ...ids, ...call.input });
    case 'UpdateRoutingProfileConcurrency': return new connect.UpdateRoutingProfileConcurrencyCommand({ ...ids, ...call.input });
    case 'UpdateRoutingProfileAgentAvailabilityTimer': return new connect.UpdateRoutingProfileAgentAvailabilityTimerCommand({ ...ids, ...call.input });
    case 'AssociateRoutingProfileQueues': return new connect.AssociateRoutingProfileQueuesCommand({ ...ids, ...call.input });
    case 'UpdateRoutingProfileQueues': return new connect.UpdateRoutingProfileQueuesCommand({ ...ids, ...call.input });
    case 'DisassociateRoutingProfileQueues': return new connect.DisassociateRoutingProfileQueuesCommand({ ...ids, ...call.input });
    case 'TagResource': return new connect.TagResourceCommand({ resourceArn: 'arn', ...call.input });
    case 'UntagResource': return new connect.UntagResourceCommand({ resourceArn: 'arn', ...call.input });
  }
}

const createInput = (body: CreateRoutingProfileBody): connect.CreateRoutingProfileCommandInput => ({ InstanceId: 'i', ...body });

test('every planned operation is an SDK command whose input is the body plus ids', () => {
  const operations: Record<PlannedOperation, PlannedCall> = {
    UpdateRoutingProfileName: { operation: 'UpdateRoutingProfileName', input: { Name: 'n' } },
    UpdateRoutingProfileDefaultOutboundQueue: { operation: 'UpdateRoutingProfileDefaultOutboundQueue', input: { DefaultOutboundQueueId: 'q' } },
    UpdateRoutingProfileConcurrency: { operation: 'UpdateRoutingProfileConcurrency', input: { MediaConcurrencies: [{ Channel: 'VOICE', Concurrency: 1 }] } },
    UpdateRoutingProfileAgentAvailabilityTimer: { operation: 'UpdateRoutingProfileAgentAvailabilityTimer', input: { AgentAvailabilityTimer: 'TIME_SINCE_LAST_INBOUND' } },
    AssociateRoutingProfileQueues: { operation: 'AssociateRoutingProfileQueues', input: { ManualAssignmentQueueConfigs: [{ QueueReference: { QueueId: 'q', Channel: 'CHAT' } }] } },
    UpdateRoutingProfileQueues: { operation: 'UpdateRoutingProfileQueues', input: { QueueConfigs: [{ QueueReference: { QueueId: 'q', Channel: 'CHAT' }, Priority: 1, Delay: 0 }] } },
    DisassociateRoutingProfileQueues: { operation: 'DisassociateRoutingProfileQueues', input: { QueueReferences: [{ QueueId: 'q', Channel: 'CHAT' }] } },
    TagResource: { operation: 'TagResource', input: { tags: { a: 'b' } } },
    UntagResource: { operation: 'UntagResource', input: { tagKeys: ['a'] } },
  };
  for (const [operation, call] of Object.entries(operations)) {
    const command = toCommand(call);
    expect(command).toBeInstanceOf((connect as unknown as Record<string, new (...args: never[]) => object>)[`${operation}Command`]);
    expect((command as { input: object }).input).toMatchObject(call.input);
  }
  expect(createInput({ Name: 'n', Description: 'd', DefaultOutboundQueueId: 'q', MediaConcurrencies: [] }).InstanceId).toBe('i');
});

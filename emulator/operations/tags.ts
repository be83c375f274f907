/**
 * TagResource, UntagResource, ListTagsForResource on `/tags/{resourceArn}` (lower-case wire members:
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_TagResource.html). The ARN must name an existing instance, routing profile, queue or user (agent).
 */
import { OperationContext, OperationHandler } from './context';
import { invalidParameter, notFound } from '../http/errors';

/** Connect allows at most 50 tags on a resource. */
const MAX_TAGS_PER_RESOURCE = 50;

const ARN_PATTERN = /^arn:aws[a-z-]*:connect:([a-z0-9-]+):(\d{12}):instance\/([^/]+)(?:\/([a-z-]+)\/([^/]+))?$/;

function resolveTags(ctx: OperationContext, arn: string): { tags: Record<string, string>; set(tags: Record<string, string>): void } {
  const m = ARN_PATTERN.exec(arn);
  if (!m) throw invalidParameter(`resourceArn: not a valid Amazon Connect resource ARN, got: ${arn}`);
  const [, region, account, instanceId, type, id] = m;
  const missing = (): Error => notFound(`Resource not found: ${arn}`);
  if (region !== ctx.store.region || account !== ctx.store.accountId) throw missing();
  const instance = ctx.store.instances().find((i) => i.id === instanceId);
  if (!instance) throw missing();
  const holder = (() => {
    switch (type) {
      case undefined: return instance;
      case 'routing-profile': return instance.routingProfiles.get(id);
      case 'queue': return instance.queues.get(id);
      case 'agent': return instance.users.get(id);
      default: return undefined;
    }
  })();
  if (!holder) throw missing();
  return { tags: holder.tags, set: (tags) => { holder.tags = tags; } };
}

const tagResource: OperationHandler = (ctx, input) => {
  const resource = resolveTags(ctx, input.resourceArn);
  const next = { ...resource.tags, ...input.tags };
  if (Object.keys(next).length > MAX_TAGS_PER_RESOURCE) {
    throw invalidParameter(`tags: a resource can have at most ${MAX_TAGS_PER_RESOURCE} tags, this request would make ${Object.keys(next).length}`);
  }
  resource.set(next);
  return undefined;
};

const untagResource: OperationHandler = (ctx, input) => {
  const resource = resolveTags(ctx, input.resourceArn);
  const next = { ...resource.tags };
  for (const key of input.tagKeys as string[]) delete next[key];
  resource.set(next);
  return undefined;
};

const listTagsForResource: OperationHandler = (ctx, input) => {
  return { tags: { ...resolveTags(ctx, input.resourceArn).tags } };
};

export const TAG_OPERATIONS: Record<string, OperationHandler> = {
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};

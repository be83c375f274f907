/**
 * The fewest Connect reads a drift run over an instance can make when nothing drifted, and a deploy Update of one
 * profile, worked out from what the stack declares and from what each read returns, without the handlers' code:
 *
 * - A profile's name, description, concurrency, default queue and tags come from DescribeRoutingProfile (one
 *   profile a call) or SearchRoutingProfiles (every profile of the instance, 500 a page), but Search leaves out
 *   every cross-channel behaviour and the availability timer: a resource that declares either needs its Describe.
 *   The others need one of the two: one Describe each, or the instance's Search pages shared by all of them.
 * - A queue pair's priority and delay are only in ListRoutingProfileQueues, a manual-assignment pair's channel
 *   only in ListRoutingProfileManualAssignmentQueues (100 a page each); both the Describe and the Search report
 *   say how many pairs a list holds, so an empty or unmanaged list needs no call.
 */

/** One managed resource of the stack, as declared. */
export interface DeclaredResource {
  /** Whether it declares a cross-channel behaviour or an availability timer. */
  readonly declaresBehaviourOrTimer: boolean;
  /** Standard queue pairs declared; undefined = not managed (and always for a concurrency resource). */
  readonly queuePairs?: number;
  /** Manual-assignment pairs declared; undefined = not managed. */
  readonly manualPairs?: number;
}

const SEARCH_PAGE = 500;
const LIST_PAGE = 100;

/** Pages of a queue list holding `pairs`: none for an empty or unmanaged list. */
const listPages = (pairs: number | undefined) => (pairs ? Math.ceil(pairs / LIST_PAGE) : 0);

/** The minimum for one instance holding `profilesInInstance` routing profiles (the stack's and any others). */
export function minimumReads(resources: readonly DeclaredResource[], profilesInInstance: number): number {
  const needDescribe = resources.filter((r) => r.declaresBehaviourOrTimer).length;
  const searchable = resources.length - needDescribe;
  const summaries = needDescribe + Math.min(searchable, Math.ceil(profilesInInstance / SEARCH_PAGE));
  return summaries + resources.reduce((total, r) => total + listPages(r.queuePairs) + listPages(r.manualPairs), 0);
}

/** The minimum for a deploy Update of one resource: its Describe, and every page of each non-empty list it manages. */
export function minimumUpdateReads(resource: DeclaredResource): number {
  return 1 + listPages(resource.queuePairs) + listPages(resource.manualPairs);
}

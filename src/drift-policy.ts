/**
 * What the stack's scheduled drift reconciler does when a managed resource's live state in Connect differs from
 * its declared state (for example after a supervisor's edit in the Connect console).
 *
 * Every deploy corrects drift whatever the policy; the policy only governs what happens between deploys.
 *
 * @see https://github.com/cdk-connect-routing/cdk-connect-routing/blob/main/docs/drift.md
 */
export class DriftPolicy {
  /**
   * Report the difference, field by field, as a CloudWatch metric and an EventBridge event; change nothing.
   * The default: a person decides whether a console change was an emergency fix to keep (then put it in code)
   * or a mistake to revert (deploy, or switch to `CORRECT`).
   */
  public static readonly REPORT = new DriftPolicy('report');

  /**
   * Put the resource back in its declared state with the same minimal calls a deploy would make (no queue that
   * stays is ever dropped), then report what was corrected. A profile deleted out of band is reported, never
   * recreated.
   */
  public static readonly CORRECT = new DriftPolicy('correct');

  /** Do not check the resource between deploys (no Connect call is made for it). */
  public static readonly IGNORE = new DriftPolicy('ignore');

  /** The policy as the handler and the reconciler read it: `report`, `correct` or `ignore`. */
  public readonly value: string;

  /**
   * The policy as the handler and the reconciler read it.
   *
   * @deprecated use `value`, the name every enum-like class of this library gives its value
   */
  public readonly mode: string;

  private constructor(value: string) {
    this.value = value;
    this.mode = value;
  }

  /** Returns the policy's value. */
  public toString(): string {
    return this.value;
  }
}

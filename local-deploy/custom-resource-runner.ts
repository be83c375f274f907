import { randomUUID } from 'crypto';
import { ResourceOperationError } from './errors';
import { invokeLocalFunction } from './invoke-local-function';
import { LocalEnvironment } from './local-environment';
import { LocalFunction } from './local-function';
import { ResourceOutcome, ResourceRequest, ResourceRunner } from './resource-runner';
import { ResponseEndpoint } from './response-endpoint';
import { toCloudFormationWireFormat } from './wire-format';

export interface CustomResourceRunnerOptions {
  readonly environment: LocalEnvironment;
  readonly responses: ResponseEndpoint;
  /** The function a ServiceToken (a Lambda function ARN) names, among the functions the deploy knows. */
  readonly functionFor: (serviceToken: string) => LocalFunction | undefined;
  /** Each log line of the handler, labelled with the request. */
  readonly onLog?: (logicalId: string, line: string) => void;
}

/**
 * Runs custom resources the way CloudFormation does: an event with the request's ids, a ResponseURL, and the
 * properties in CloudFormation's wire format (ServiceToken included, every scalar a string), sent to the
 * ServiceToken's function; the result is what the function PUT to the ResponseURL.
 */
export class CustomResourceRunner implements ResourceRunner {
  constructor(private readonly options: CustomResourceRunnerOptions) {}

  public create(request: ResourceRequest): Promise<ResourceOutcome> {
    return this.send('Create', request);
  }

  public update(request: ResourceRequest): Promise<ResourceOutcome> {
    return this.send('Update', request);
  }

  public async delete(request: ResourceRequest): Promise<void> {
    await this.send('Delete', request);
  }

  private async send(requestType: 'Create' | 'Update' | 'Delete', request: ResourceRequest): Promise<ResourceOutcome> {
    const serviceToken = request.properties.ServiceToken;
    const fn = typeof serviceToken === 'string' ? this.options.functionFor(serviceToken) : undefined;
    if (!fn) {
      throw new ResourceOperationError(request.logicalId, requestType, `${request.logicalId}.Properties.ServiceToken must be the ARN of `
        + `a Lambda function in the app (the local deploy runs no SNS or external providers), got: ${JSON.stringify(serviceToken)}`,
      request.physicalId);
    }
    const ids = { StackId: request.stack.stackId, RequestId: randomUUID(), LogicalResourceId: request.logicalId };
    const event = {
      RequestType: requestType,
      ServiceToken: serviceToken,
      ResponseURL: this.options.responses.urlFor(ids),
      ...ids,
      ResourceType: request.resourceType,
      ResourceProperties: toCloudFormationWireFormat(request.properties),
      ...(requestType === 'Create' ? {} : { PhysicalResourceId: request.physicalId }),
      ...(requestType === 'Update' ? { OldResourceProperties: toCloudFormationWireFormat(request.oldProperties ?? {}) } : {}),
    };
    const invocation = await invokeLocalFunction(fn, event, this.options.environment, {
      onLog: (line) => this.options.onLog?.(request.logicalId, line),
    });
    const received = this.options.responses.take(ids.RequestId);
    if (!received) {
      const why = invocation.error ? `${invocation.error.errorType}: ${invocation.error.errorMessage}` : 'it returned without sending one';
      throw new ResourceOperationError(request.logicalId, requestType,
        `no response arrived at the ResponseURL (CloudFormation would wait until its timeout): ${why}`, request.physicalId);
    }
    if ('invalid' in received) {
      throw new ResourceOperationError(request.logicalId, requestType, `CloudFormation would reject the response: ${received.invalid}`, request.physicalId);
    }
    const response = received.response;
    if (response.Status === 'FAILED') {
      throw new ResourceOperationError(request.logicalId, requestType, response.Reason || 'the handler reported FAILED without a reason',
        response.PhysicalResourceId);
    }
    return { physicalId: response.PhysicalResourceId, attributes: response.Data ?? {} };
  }
}

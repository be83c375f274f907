/** Where the local deploy's resources and handlers find the services they call. */
export interface LocalEnvironment {
  /** The Connect emulator's endpoint (handlers get it as CONNECT_ENDPOINT and AWS_ENDPOINT_URL_CONNECT). */
  readonly connectEndpoint: string;
  /** A DynamoDB endpoint (dynalite); without it, `AWS::DynamoDB::Table` resources are skipped. */
  readonly dynamodbEndpoint?: string;
  /** An EventBridge endpoint (handlers get it as AWS_ENDPOINT_URL_EVENTBRIDGE). */
  readonly eventBridgeEndpoint?: string;
  /** Used when the stack's environment does not name one. @default 'us-east-1' */
  readonly region?: string;
  /** Used when the stack's environment does not name one. @default '123456789012' */
  readonly accountId?: string;
}

/** The service endpoints a handler process is given, as AWS SDK v3 environment variables. */
export function endpointVariables(environment: LocalEnvironment): Record<string, string> {
  return {
    CONNECT_ENDPOINT: environment.connectEndpoint,
    AWS_ENDPOINT_URL_CONNECT: environment.connectEndpoint,
    ...(environment.dynamodbEndpoint ? { AWS_ENDPOINT_URL_DYNAMODB: environment.dynamodbEndpoint } : {}),
    ...(environment.eventBridgeEndpoint ? { AWS_ENDPOINT_URL_EVENTBRIDGE: environment.eventBridgeEndpoint } : {}),
  };
}

/** Where a running emulator serves: one endpoint, the Region and account it emulates. */
export interface EmulatorAddress {
  readonly endpoint: string;
  readonly region: string;
  readonly accountId: string;
}

/**
 * The environment of a local deploy into a running emulator: Connect and EventBridge at its one endpoint, its Region
 * and account as the defaults for environment-agnostic stacks, and the DynamoDB endpoint when there is one.
 */
export function emulatorEnvironment(emulator: EmulatorAddress, dynamodbEndpoint?: string): LocalEnvironment {
  return {
    connectEndpoint: emulator.endpoint,
    eventBridgeEndpoint: emulator.endpoint,
    ...(dynamodbEndpoint !== undefined ? { dynamodbEndpoint } : {}),
    region: emulator.region,
    accountId: emulator.accountId,
  };
}

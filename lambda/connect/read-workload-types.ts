import { DescribePredefinedAttributeCommand } from '@aws-sdk/client-connect';
import { ConnectApi } from './connect-api';

/**
 * The system predefined attribute whose values are an instance's workload types.
 *
 * @see https://docs.aws.amazon.com/connect/latest/adminguide/predefined-attributes.html
 */
export const WORKLOAD_TYPE_ATTRIBUTE = 'connect:WorkloadType';

/**
 * The values of the instance's `connect:WorkloadType`: one DescribePredefinedAttribute. An instance without the
 * attribute has no workload types (an empty list). A refused read fails with what to do about it.
 *
 * @see https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribePredefinedAttribute.html
 */
export async function readWorkloadTypes(api: ConnectApi, instanceId: string): Promise<string[]> {
  try {
    const out = await api.read('DescribePredefinedAttribute', (c) => c.send(new DescribePredefinedAttributeCommand({
      InstanceId: instanceId,
      Name: WORKLOAD_TYPE_ATTRIBUTE,
    })));
    return out.PredefinedAttribute?.Values?.StringList ?? [];
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'ResourceNotFoundException') return [];
    if (name === 'AccessDeniedException') {
      throw new Error(`Reading ${WORKLOAD_TYPE_ATTRIBUTE} of instance ${instanceId} (DescribePredefinedAttribute) was refused: `
        + `${(error as Error).message}. Allow it, or set \`checkWorkloadTypes: false\` to skip the check of the declared workload types. `
        + 'Nothing was changed.');
    }
    throw error;
  }
}

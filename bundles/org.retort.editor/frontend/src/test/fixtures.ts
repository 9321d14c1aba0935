import nodesJson from './fixtures/nodes.json';
import type { NodeDescriptor } from '../api/types';
import { indexDescriptors } from '../editor/state/connections';

export const descriptors = nodesJson as unknown as NodeDescriptor[];
export const index = indexDescriptors(descriptors);
export const descriptor = (id: string) => {
  const d = descriptors.find((x) => x.id === id);
  if (!d) throw new Error(`no descriptor ${id} in the fixture`);
  return d;
};

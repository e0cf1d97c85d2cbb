/** Checks a milestone-status file off the main thread: a 4 MB file of 150,000 entries takes most of a second to check. */
import { parseStatusFile, type DatasetIdentity, type StatusImport } from './milestoneExchange';

export interface StatusFileRequest {
  text: string;
  dataset: DatasetIdentity;
  milestoneIds: string[];
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<StatusFileRequest>) => void) | null;
  postMessage: (reply: StatusImport) => void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => scope.postMessage(parseStatusFile(data.text, data.dataset, new Set(data.milestoneIds)));

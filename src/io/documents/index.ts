/** The published documents built at the edge (rendered in English): the public surface of `src/io/documents`. */

export {
  rebalanceDocument,
  type AlertDoc,
  type MoveDoc,
  type RebalanceDocument,
  type ServerDoc,
  type UnresolvedDoc,
} from './rebalance-document';
export { publishedRejected, publishedServerRow, rejectTextEn, serverRejectTextEn, type RejectedRowDoc } from './rejected-rows';
export { documentJson } from './document-json';
export {
  planJson,
  publishedPlan,
  unplacedTextEn,
  warningTextEn,
  type PublishedAppliancePlan,
  type PublishedClassicPlan,
  type PublishedWarning,
} from './plan-document';

import { documentId } from '../../../core/document-id';
import type { PlanDocument } from '../../../core/plan-document';
import type { InventorySummary } from '../../../workers/protocol';

/** The id of a plan document on the page: the inventory as read and the settings the plan followed, as `plan --json` has it. */
export function planDocumentId(state: { inventory: InventorySummary | null }, doc: Pick<PlanDocument, 'settings'>): string {
  return state.inventory ? documentId(state.inventory.inputKey, doc.settings) : '';
}

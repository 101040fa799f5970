// The background's door for incoming messages: each is checked by its rule (lib/messaging/message-rules.ts)
// before the reporter sees it; a refused message is logged and answered with an error.
import { extensionId, extensionOrigin } from '@/lib/adapters/runtime-adapter';
import { checkMessage, type MessageData, type MessageKind, type SenderLike } from '@/lib/messaging/message-rules';
import { checkPolicyReport } from '@/lib/messaging/policy-report-checks';

const self = () => ({ id: extensionId(), origin: extensionOrigin() });

function refuse(what: string, reason: string, ...detail: string[]): never {
  console.warn(`[policy-lens] rejected ${what}:`, ...detail, reason);
  throw new Error(`rejected: ${reason}`);
}

/** The data of a message our pages send, once its sender and schema are checked; else the message is refused (and logged). */
export function accepted<K extends MessageKind>(kind: K, data: unknown, sender: SenderLike): MessageData<K> {
  const checked = checkMessage(kind, data, sender, self());
  return checked.ok ? checked.value : refuse('message', checked.reason, kind);
}

/** A content script's policy report, checked and within the tab's report rate; else refused (and logged). */
export function acceptedReport(data: unknown, sender: SenderLike, allowReport: (tabId: number) => boolean) {
  const checked = checkPolicyReport(data, sender, self());
  if (!checked.ok) return refuse('policy report', checked.reason);
  return allowReport(checked.tabId) ? checked : refuse('policy report', 'too many reports from this tab');
}

// Chrome's offscreen document: a DOM for parsing pages the background fetched (service workers have none).
import { extensionId, extensionOrigin } from '@/lib/adapters/runtime-adapter';
import { checkMessage } from '@/lib/messaging/message-rules';
import { onMessage } from '@/lib/adapters/messaging';
import { parsePageHtml } from '@/lib/adapters/dom-parser-adapter';

onMessage('parsePage', ({ data, sender }) => {
  const checked = checkMessage('parsePage', data, sender, { id: extensionId(), origin: extensionOrigin() });
  if (!checked.ok) throw new Error(`rejected: ${checked.reason}`);
  return parsePageHtml(checked.value.html, checked.value.url);
});

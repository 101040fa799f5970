// Chrome's offscreen document: a DOM for parsing pages the background fetched (service workers have none).
import { extensionId, extensionOrigin } from '@/lib/adapters/runtime-adapter';
import { checkExtensionPageSender, onMessage } from '@/lib/messages';
import { parsePageHtml } from '@/lib/site-report/parse-page';

onMessage('parsePage', ({ data, sender }) => {
  const from = checkExtensionPageSender(sender, extensionId(), extensionOrigin());
  if (!from.ok) throw new Error(`rejected: ${from.reason}`);
  return parsePageHtml(String(data.html), String(data.url));
});

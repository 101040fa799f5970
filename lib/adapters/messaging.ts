// The messaging library bound to our protocol (lib/messages.ts): the browser's runtime and tab messages, typed.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../messaging/messages';

/** Send a message of our protocol, and listen for one; replies are typed by the protocol's handler signatures. */
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

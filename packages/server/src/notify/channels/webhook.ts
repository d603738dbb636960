import type { Message } from '../outbox.js';

/** Microsoft Teams' connector (office.com) takes a MessageCard; its Workflows (Power Automate) take an Adaptive Card; Slack and most others take `text`. */
export function webhookBody(url: string, message: Message): unknown {
  const host = new URL(url).hostname;
  const mentions = message.mentions.map((id) => `<@${id}>`).join(' ');
  if (host.endsWith('.webhook.office.com')) {
    return { '@type': 'MessageCard', '@context': 'https://schema.org/extensions', summary: message.subject, title: message.subject, text: message.text.replace(/\n/g, '\n\n') };
  }
  if (host.endsWith('.logic.azure.com') || host.endsWith('.powerplatform.com')) {
    const card = { type: 'AdaptiveCard', version: '1.4', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body: [{ type: 'TextBlock', text: message.subject, weight: 'Bolder', wrap: true }, { type: 'TextBlock', text: message.text, wrap: true }] };
    return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
  }
  return { text: `*${message.subject}*${mentions ? ` ${mentions}` : ''}\n${message.text}` };
}

/** Posts to an incoming webhook; throws with the status or the network error. A server that does not answer is given up on after `timeoutMs`. */
export async function postWebhook(url: string, message: Message, timeoutMs: number): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(webhookBody(url, message)),
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  // Drain the body so the connection is released either way.
  const reply = await response.text().catch(() => '');
  if (!response.ok) throw new Error(`the webhook answered ${response.status}${reply ? `: ${reply.slice(0, 120)}` : ''}`);
}

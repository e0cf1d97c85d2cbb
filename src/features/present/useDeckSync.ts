/**
 * Keeps the audience window and the presenter view on the same slide: whichever
 * window turns a slide tells the others over a BroadcastChannel (same origin,
 * no server, works offline). Only deliberate turns are sent, so nothing echoes.
 */
import { useCallback, useEffect, useRef } from 'react';

export type DeckMessage = { type: 'slide'; id: string } | { type: 'blackout'; on: boolean };

function isDeckMessage(data: unknown): data is DeckMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (message.type === 'slide' && typeof message.id === 'string') || (message.type === 'blackout' && typeof message.on === 'boolean');
}

export function useDeckSync(channelName: string, onMessage: (message: DeckMessage) => void): (message: DeckMessage) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const current = new BroadcastChannel(channelName);
    current.onmessage = (event: MessageEvent) => {
      if (isDeckMessage(event.data)) handler.current(event.data);
    };
    channel.current = current;
    return () => {
      current.close();
      channel.current = null;
    };
  }, [channelName]);
  return useCallback((message: DeckMessage) => channel.current?.postMessage(message), []);
}

// Raw graphql-ws frames over a real socket, for the fuzz: what a client
// library would never send, and what came back.
import WebSocket from 'ws';

export function safeId(text: string): string | undefined {
  try {
    return String((JSON.parse(text) as { id?: unknown }).id);
  } catch {
    return undefined;
  }
}

/** Sends the frames on a fresh socket, hands each message received within 300 ms to `onMessage`, and resolves with the close code (0 when still open). */
export function exchange(
  url: string,
  frames: string[],
  onMessage: (message: { type?: string; id?: unknown; payload?: unknown }) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let code = 0;
    const done = () => {
      clearTimeout(timer);
      socket.terminate();
      resolve(code);
    };
    const timer = setTimeout(done, 300);
    socket.on('error', () => {});
    socket.on('open', () => {
      for (const frame of frames) socket.send(frame);
    });
    socket.on('message', (data) => {
      try {
        onMessage(JSON.parse(String(data)));
      } catch {}
    });
    socket.on('close', (closeCode) => {
      code = closeCode;
      done();
    });
  });
}

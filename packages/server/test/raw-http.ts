// Bytes written straight to a listening server, for what no HTTP client will send: malformed
// requests, oversized headers. The answer is read until the server closes or goes quiet.
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** The status line and headers as received. */
  head: string;
  headers: Record<string, string>;
  body: string;
}

export function rawRequest(port: number, text: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const [head = '', ...rest] = received.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers['content-length'] ?? Number.NaN);
      const body = rest.join('\r\n\r\n');
      resolve({ status: Number(statusLine.split(' ')[1]), head, headers, body: Number.isNaN(length) ? body : body.slice(0, length) });
    };
    const timer = setTimeout(done, 3_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const [head, body] = received.split('\r\n\r\n');
      const length = /content-length: *(\d+)/i.exec(head ?? '')?.[1];
      if (length !== undefined && body !== undefined && Buffer.byteLength(body) >= Number(length)) done();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? done() : reject(error)));
    socket.on('close', done);
  });
}

// Plain node:http requests, for what fetch hides: which connection a request goes over, and bodies sent in chunks
// without a Content-Length.
import http from 'node:http';

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface RawRequest {
  url: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Send the body in 64 KB chunks with Transfer-Encoding: chunked instead of a Content-Length. */
  chunked?: boolean;
  /** A keep-alive agent to reuse a connection; by default each request has a connection of its own. */
  agent?: http.Agent;
}

/**
 * Sends one request and resolves with the answer. An answer that comes before the whole body was sent counts (the
 * server may refuse a body early and stop reading); an error with no answer rejects.
 */
export function rawRequest({ url, method, path, headers = {}, body = '', chunked = false, agent }: RawRequest): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  const bytes = Buffer.from(body);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(
      {
        host: hostname,
        port,
        method,
        path,
        agent: agent ?? false,
        headers: { ...headers, ...(chunked ? { 'Transfer-Encoding': 'chunked' } : { 'Content-Length': String(bytes.length) }) },
      },
      (response) => {
        answered = true;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
        response.on('error', reject);
      },
    );
    // Writing may fail once the server has answered and closed; the answer (if any) decides.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (!chunked) {
      request.end(bytes);
      return;
    }
    const chunk = 64 * 1024;
    for (let offset = 0; offset < bytes.length; offset += chunk) request.write(bytes.subarray(offset, offset + chunk));
    request.end();
  });
}

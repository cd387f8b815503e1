import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response } from 'restify';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/**
 * A file served from memory with a strong ETag, `Cache-Control`, and brotli or gzip when the browser accepts it.
 *
 * @remarks Web Chat's bundle is ~3.8 MB, ~0.9 MB compressed: it is compressed once, in the thread pool, right
 * after start-up, and served under a versioned URL with a year of immutable caching, so a visitor downloads it
 * once per Web Chat version, and only when opening the chat. Until compression is done the plain file is served.
 */
export class StaticAsset {
  readonly etag: string;
  private encoded: { br?: Buffer; gzip?: Buffer } = {};

  constructor(private readonly body: Buffer, private readonly contentType: string, private readonly cacheControl: string) {
    this.etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  }

  /** Starts compressing in the background; failures only mean serving the plain file. */
  compress(): Promise<void> {
    return Promise.all([
      brotli(this.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } }),
      gzip(this.body, { level: 9 }),
    ]).then(([br, gz]) => { this.encoded = { br, gzip: gz }; }, () => undefined);
  }

  serve(req: Request, res: Response): void {
    const headers: Record<string, string | number> = {
      'Content-Type': this.contentType, 'Cache-Control': this.cacheControl, ETag: this.etag, Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff', 'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (req.headers['if-none-match'] === this.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] ?? '');
    let body = this.body;
    if (this.encoded.br && /\bbr\b/.test(accepts)) { body = this.encoded.br; headers['Content-Encoding'] = 'br'; }
    else if (this.encoded.gzip && /\bgzip\b/.test(accepts)) { body = this.encoded.gzip; headers['Content-Encoding'] = 'gzip'; }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }
}

import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { errorBody } from './errors';

export interface LinkRouteDeps {
  /** The provider's URL of a recommended item, or undefined for an unknown id. */
  itemUrl: (itemId: string) => string | undefined;
  /** Counts one opening (no personal data); a failure is logged, never shown to the person. */
  opened: (itemId: string) => Promise<void>;
  logger: Logger;
}

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `GET /r/:itemId` (CONTRACT.md §1): a recommendation's link as shown to users. Counts the opening and redirects
 * (302) to the item's own URL. Only the catalogue's URLs are targets, so this is no open redirect; nothing about
 * the person is read or kept (no cookie, no query, no referrer passed on).
 */
export function mountLinkRoute(server: Server, deps: LinkRouteDeps): void {
  server.get('/r/:itemId', async (req: Request, res: Response) => {
    const itemId = String(req.params.itemId ?? '');
    const url = ITEM_ID.test(itemId) && itemId.length <= 200 ? deps.itemUrl(itemId) : undefined;
    if (!url) {
      res.send(404, errorBody('not_found', 'There is no such recommendation.'));
      return;
    }
    await deps.opened(itemId).catch((err: Error) => deps.logger.warn({ event: 'link.count_failed', error: err.name }, 'link opening not counted'));
    res.header('Cache-Control', 'no-store');
    res.header('Referrer-Policy', 'no-referrer');
    res.redirect(302, url, () => undefined);
  });
}

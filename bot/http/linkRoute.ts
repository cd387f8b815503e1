import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import { isRegion } from '../domain/profile/profile';
import { errorBody } from './errors';

export interface LinkRouteDeps {
  /** The provider's URL of a recommended item, or undefined for an unknown id. */
  itemUrl: (itemId: string) => string | undefined;
  /** Counts one opening (no personal data; the served region the link was shown in, if any); a failure is logged, never shown to the person. */
  opened: (itemId: string, region?: string) => Promise<void>;
  logger: Logger;
}

const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `GET /r/:itemId` (CONTRACT.md §1): a recommendation's link as shown to users. Counts the opening and redirects
 * (302) to the item's own URL. Only the catalogue's URLs are targets, so this is no open redirect; nothing about
 * the person is read or kept (no cookie, no referrer passed on). The one query read, `?r=`, is the served region
 * the link was shown in (`BE-BRU`, `LU`…, the same for everyone there), counted with the opening; any other value
 * is ignored, never an error, so a link copied or cut short still works.
 */
export function mountLinkRoute(server: Server, deps: LinkRouteDeps): void {
  server.get('/r/:itemId', async (req: Request, res: Response) => {
    const itemId = String(req.params.itemId ?? '');
    const url = ITEM_ID.test(itemId) && itemId.length <= 200 ? deps.itemUrl(itemId) : undefined;
    if (!url) {
      res.send(404, errorBody('not_found', 'There is no such recommendation.'));
      return;
    }
    const asked = new URL(req.url ?? '/', 'http://link.invalid').searchParams.get('r');
    const region = isRegion(asked) ? asked : undefined;
    await deps.opened(itemId, region).catch((err: Error) => deps.logger.warn({ event: 'link.count_failed', error: err.name }, 'link opening not counted'));
    res.header('Cache-Control', 'no-store');
    res.header('Referrer-Policy', 'no-referrer');
    res.redirect(302, url, () => undefined);
  });
}

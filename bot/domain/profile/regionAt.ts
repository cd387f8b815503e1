import { isRegion, type Region } from './profile';

/** A served region's outline: a closed ring of [longitude, latitude] points. */
export interface RegionOutline { id: Region; ring: Array<[number, number]> }

/** Reads `knowledge/geo/regions.json`'s content; throws on anything that is not a list of region outlines. */
export function parseRegionOutlines(json: unknown): RegionOutline[] {
  const regions = (json as { regions?: unknown })?.regions;
  if (!Array.isArray(regions)) throw new Error('regions: a list is expected');
  return regions.map((r, i) => {
    const { id, ring } = r as { id?: unknown; ring?: unknown };
    const points = Array.isArray(ring) && ring.length >= 4 && ring.every((p) => Array.isArray(p) && p.length === 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n)));
    if (!isRegion(id) || !points) throw new Error(`regions[${i}]: needs a served region id and a ring of at least 4 [longitude, latitude] points`);
    return { id, ring: ring as Array<[number, number]> };
  });
}

/**
 * The first region (in the given order) whose outline contains the point, or undefined: the even-odd ray
 * casting test, enough for these coarse, simple polygons.
 */
export function regionAt(outlines: readonly RegionOutline[], latitude: number, longitude: number): Region | undefined {
  return outlines.find((o) => contains(o.ring, longitude, latitude))?.id;
}

function contains(ring: Array<[number, number]>, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

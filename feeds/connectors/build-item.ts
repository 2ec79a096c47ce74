/** Building an Item from a connector's mapped fields: stable id, version, no empty optionals. */
import type { Item } from '../../src/domain/index.ts';
import { itemId, itemVersion } from '../../src/domain/index.ts';

export interface ItemFields extends Omit<Item, 'id' | 'sourceId' | 'version' | 'title'> {
  /** Missing: the identifier, else the native id. */
  title: string | undefined;
}

const OPTIONAL_FIELDS = ['identifier', 'summary', 'agency', 'office', 'contractor', 'place', 'status', 'publishedAt', 'updatedAt'] as const;

/**
 * An item with its stable id and a version (`itemVersion`) over title, status and the
 * connector's extras. Optional fields left undefined or empty are dropped.
 */
export function buildItem(sourceId: string, nativeId: string, fields: ItemFields, versionExtra: Array<string | undefined> = []): Item {
  const title = fields.title ?? fields.identifier ?? nativeId;
  const item: Item = {
    id: itemId(sourceId, nativeId),
    sourceId,
    kind: fields.kind,
    jurisdiction: fields.jurisdiction,
    title,
    url: fields.url,
    version: '',
  };
  for (const key of OPTIONAL_FIELDS) {
    const v = fields[key];
    if (v !== undefined && v !== '') item[key] = v;
  }
  const deadlines = (fields.deadlines ?? []).filter(Boolean);
  if (deadlines.length) item.deadlines = deadlines;
  item.version = itemVersion(item, ...versionExtra);
  return item;
}

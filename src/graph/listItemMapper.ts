// Graph list item JSON → a plain record the rest of the app uses (pure).
import type { ListItem } from '@microsoft/microsoft-graph-types';

export type FieldValue = string | number | boolean | null;

export interface ListItemRecord {
  id: string;
  eTag: string;
  fields: Record<string, FieldValue>;
  /** Who last changed the item and when (baseItem's lastModifiedBy / lastModifiedDateTime), when told. */
  modifiedBy?: string | null;
  modifiedAt?: string | null;
}

/** Keeps the item's id and eTag, and its fields without Graph's own bookkeeping keys. */
export function toListItemRecord(json: unknown): ListItemRecord {
  // Graph's listItem (resources/listitem.md); its fieldValueSet is an open type of the list's columns.
  const item = json as Omit<ListItem, 'fields'> & {
    '@odata.etag'?: unknown;
    fields?: Record<string, unknown>;
  };
  const fields: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(item.fields ?? {})) {
    if (name.startsWith('@odata') || name === 'id' || name.startsWith('_') || name === 'ContentType')
      continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
      fields[name] = value as FieldValue;
  }
  const eTag = item.eTag ?? item['@odata.etag'] ?? (item.fields?.['@odata.etag'] as unknown);
  const by = item.lastModifiedBy?.user?.displayName;
  const at = item.lastModifiedDateTime;
  return {
    id: String(item.id ?? ''),
    eTag: typeof eTag === 'string' ? eTag : '',
    fields,
    modifiedBy: typeof by === 'string' ? by : null,
    modifiedAt: typeof at === 'string' ? at : null,
  };
}

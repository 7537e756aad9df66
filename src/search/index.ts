export { createSearchIndex, DEFAULT_HIT_LIMIT, FUSE_OPTIONS, type SearchIndex } from './search-index.js';
export { searchDocuments, type NamedThing } from './documents.js';
export type { SearchDoc, SearchHit, SearchKind } from './types.js';

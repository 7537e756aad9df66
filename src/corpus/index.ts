export { loadCorpus, EmptyCorpusError, DEFAULT_MAX_FILE_BYTES, type LoadOptions, type LoadProgress } from './load.js';
export { MissingPathError } from './discover.js';
export { splitSentences, countWords } from './sentences.js';
export { parseArticleText } from './parse-text.js';
export { sentenceText } from './sentence-text.js';
export type { Article, Corpus, Paragraph, Sentence, SkippedFile } from './types.js';

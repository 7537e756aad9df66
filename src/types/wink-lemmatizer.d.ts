/** wink-lemmatizer ships no types; it is CommonJS, so its functions come on the default export. */
declare module 'wink-lemmatizer' {
	const lemmatizer: {
		lemmatizeNoun: (word: string) => string;
		lemmatizeVerb: (word: string) => string;
		lemmatizeAdjective: (word: string) => string;
	};
	export default lemmatizer;
}

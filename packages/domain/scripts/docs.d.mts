// Types of scripts/docs.mjs for the tests that import it.
export declare function codesMarkdown(): Promise<string>;

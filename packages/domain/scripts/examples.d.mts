// Types of scripts/examples.mjs for the tests that import it.
export declare const packageRoot: string;
export declare function readmeExamples(readme?: string): { file: string; code: string; output: string }[];
export declare function runExample(node: string, file: string, cwd?: string): string;

export declare const SINGLE_DIR: string;
export declare const SINGLE_FILE_NAME: string;
export declare const CSP_PLACEHOLDER: string;
export declare function inlineCode(html: string): { scripts: string[]; styles: string[] };
export declare function externalReferences(html: string): string[];
export declare function hashSource(text: string): string;
export declare function singleFilePolicy(html: string): string;
export declare function writePolicy(html: string): string;

export declare const BROWSER_CONDITIONS: string[];

/** The build's id (an ISO time), set by vite.config.ts. */
declare const __BUILD_ID__: string;

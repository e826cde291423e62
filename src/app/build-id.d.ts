/** The build's id (an ISO time), set by vite.config.ts. */
declare const __BUILD_ID__: string;

/**
 * True in the single-file build (vite.single.config.ts), false in every other: a compile-time
 * constant, so the hosted build keeps none of the code it guards.
 */
declare const __SINGLE_FILE__: boolean;

/** The logo as a data: URL, defined by vite.single.config.ts only: read it where __SINGLE_FILE__ holds. */
declare const __SINGLE_FILE_LOGO__: string;

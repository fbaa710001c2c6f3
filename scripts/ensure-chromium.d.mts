/** Where the browser tests look for Chromium: CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string;
/** Returns the Chromium path, installing Debian's package first when running as root. */
export function ensureChromium(): string;

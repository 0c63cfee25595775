/** A problem with configuration or usage: the CLI prints its message (no stack) and exits 2. */
export class ConfigError extends Error {
  constructor(message: string, readonly file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = "ConfigError";
  }
}

/**
 * The gate could not run: bad flags, an unreadable or invalid baseline, no go binary.
 * Exit code 2. The message is one clear sentence (plus the fix); never printed with a stack trace.
 */
class UsageError extends Error {
    location;
    fix;
    exitCode = 2;
    constructor(message, location, fix) {
        super(message);
        this.location = location;
        this.fix = fix;
        this.name = 'UsageError';
    }
    /** `file:line:column: message` followed by the fix, for terminals and logs. */
    format() {
        const loc = this.location;
        const where = loc
            ? `${loc.file}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}: `
            : '';
        return `${where}${this.message}${this.fix ? `\n  fix: ${this.fix}` : ''}`;
    }
}

export { UsageError as U };

import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import * as path from 'path';
import * as os from 'os';
import os__default, { EOL } from 'os';
import * as crypto from 'crypto';
const fs = __gbgBuiltin('node:fs');
const { promises, constants } = __gbgBuiltin('node:fs');
import 'string_decoder';
import * as events from 'events';
import * as child from 'child_process';
import { ok } from 'assert';
import { setTimeout as setTimeout$1 } from 'timers';
import * as path$1 from 'node:path';
const fs$1 = __gbgBuiltin('node:fs');
const { constants: constants$1, statSync, openSync, fstatSync, readSync, closeSync } = __gbgBuiltin('node:fs');
const { promisify } = __gbgBuiltin('node:util');

// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}

/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + os.EOL);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}

// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

var __awaiter$4 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { access: access$1, appendFile, writeFile: writeFile$1 } = promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter$4(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access$1(pathFromEnv, constants.R_OK | constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter$4(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile$1 : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter$4(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
const summary = _summary;

var __awaiter$3 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
const { chmod, copyFile, lstat, mkdir: mkdir$1, open: open$1, readdir: readdir$1, rename, rm, rmdir, stat: stat$1, symlink, unlink } = fs.promises;
// export const {open} = 'fs'
const IS_WINDOWS$1 = process.platform === 'win32';
fs.constants.O_RDONLY;
function exists(fsPath) {
    return __awaiter$3(this, void 0, void 0, function* () {
        try {
            yield stat$1(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS$1) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return __awaiter$3(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat$1(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS$1) {
                // on Windows, test for valid extension
                const upperExt = path.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat$1(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS$1) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = path.dirname(filePath);
                        const upperName = path.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir$1(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = path.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS$1) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}

var __awaiter$2 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (IS_WINDOWS$1) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return __awaiter$2(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield mkdir$1(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS$1) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return __awaiter$2(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS$1 && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(path.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(path.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(path.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(path.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}

var __awaiter$1 = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/* eslint-disable @typescript-eslint/unbound-method */
const IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends events.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(os.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + os.EOL.length);
                n = s.indexOf(os.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return __awaiter$1(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = path.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => __awaiter$1(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends events.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = setTimeout$1(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}

var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec(commandLine, args, options) {
    return __awaiter(this, void 0, void 0, function* () {
        const commandArgs = argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
os__default.platform();
os__default.arch();

(undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    return val.trim();
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(os.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info$1(message) {
    process.stdout.write(message + os.EOL);
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}

/**
 * The on-disk format of Go's build cache (cmd/go/internal/cache/cache.go), as pure functions:
 * file names, the fixed-size action entry line, and Go's time constants.
 */
const HEX_SIZE = 64;
/** `v1 <hex id> <hex out> <size padded to 20> <unixnano padded to 20>\n` */
const ENTRY_SIZE = 2 + 1 + HEX_SIZE + 1 + HEX_SIZE + 1 + 20 + 1 + 20 + 1;
const HOUR = 3600;
/** Go refreshes a used entry's mtime at most once per hour. */
const MTIME_INTERVAL_S = HOUR;
/** Go trims at most once per day (trim.txt records the last trim). */
const TRIM_INTERVAL_S = 24 * HOUR;
/** Go's trim removes entries unused for 5 days. */
const TRIM_LIMIT_S = 5 * 24 * HOUR;
/** Files Go (or `go clean`) keeps at the top of the cache besides `00`..`ff` and `fuzz/`. */
const TOP_LEVEL_FILES = new Set(['README', 'trim.txt', 'testexpire.txt', 'log.txt']);
/** The 256 subdirectory names `00`..`ff`. */
const SUBDIRS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** True when `s` holds 64 hex digits from `at` (lower case only unless `upper`). */
function isHex64(s, at, upper) {
    if (s.length < at + HEX_SIZE)
        return false;
    for (let i = at; i < at + HEX_SIZE; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))
            continue;
        if (upper && c >= 0x41 && c <= 0x46)
            continue;
        return false;
    }
    return true;
}
/** What nameKind says of a name: not one Go writes, an action entry (`-a`), an output (`-d`). */
const NOT_GO = 0;
const ACTION = 0x61; /* a */
const OUTPUT = 0x64; /* d */
/**
 * classifyName without allocating (the scan asks it of every entry): NOT_GO, ACTION or OUTPUT;
 * the ID is the name's first 64 characters.
 */
function nameKind(sub, name) {
    if (name.length !== HEX_SIZE + 2 || name.charCodeAt(HEX_SIZE) !== 0x2d /* - */)
        return NOT_GO;
    const suffix = name.charCodeAt(HEX_SIZE + 1);
    if (suffix !== ACTION && suffix !== OUTPUT)
        return NOT_GO;
    if (!name.startsWith(sub) || !isHex64(name, 0, false))
        return NOT_GO;
    return suffix;
}
const SPACE = 0x20;
function fail(reason) {
    return { ok: false, reason };
}
const INT64_MAX = '9223372036854775807';
const INT64_MIN_ABS = '9223372036854775808';
/**
 * A space-padded decimal field, read like Go's strconv.ParseInt(s, 10, 64) after skipping
 * leading spaces: an optional sign, then only digits, within int64.
 */
function paddedInt(field) {
    let i = 0;
    while (field.charCodeAt(i) === SPACE)
        i++;
    const sign = field.charCodeAt(i);
    const negative = sign === 0x2d; /* - */
    if (negative || sign === 0x2b /* + */)
        i++;
    if (i === field.length)
        return undefined;
    for (let j = i; j < field.length; j++) {
        const c = field.charCodeAt(j);
        if (c < 0x30 || c > 0x39)
            return undefined;
    }
    while (i < field.length - 1 && field.charCodeAt(i) === 0x30)
        i++;
    const digits = field.slice(i);
    const limit = negative ? INT64_MIN_ABS : INT64_MAX;
    if (digits.length > limit.length || (digits.length === limit.length && digits > limit))
        return undefined;
    return { negative: negative && digits !== '0', digits };
}
/**
 * Parses an action entry exactly as Go's DiskCache.get does: `data` is up to ENTRY_SIZE + 1 bytes
 * read from the file, `id` the action ID from its file name. Anything Go would treat as a miss
 * is `{ ok: false }` with Go's reason. Only the first `length` bytes of `data` are read.
 */
function parseActionEntry(data, id, length = data.length) {
    const entry = parseCommonEntry(data, id, length);
    return entry ? { ok: true, entry } : parseExactly(data.subarray(0, length), id);
}
const O1 = 3 + HEX_SIZE;
const O2 = O1 + 1 + HEX_SIZE;
const O3 = O2 + 1 + 20;
/**
 * The entry as Go writes it, read straight from the bytes: lower-case hex, no sign, numbers of
 * at most 15 significant digits (exact as a double); undefined for anything else, which then
 * takes the exact path. Every cache entry goes through here, so it makes one string only.
 */
function parseCommonEntry(data, id, length) {
    if (length !== ENTRY_SIZE ||
        data[0] !== 0x76 /* v */ ||
        data[1] !== 0x31 /* 1 */ ||
        data[2] !== SPACE ||
        data[O1] !== SPACE ||
        data[O2] !== SPACE ||
        data[O3] !== SPACE ||
        data[ENTRY_SIZE - 1] !== 0x0a)
        return undefined;
    for (let i = 0; i < HEX_SIZE; i++)
        if (data[3 + i] !== id.charCodeAt(i))
            return undefined;
    for (let i = O1 + 1; i < O2; i++) {
        const c = data[i];
        if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66)))
            return undefined;
    }
    const size = smallPaddedInt(data, O2 + 1, O3, 0);
    const timeMs = smallPaddedInt(data, O3 + 1, ENTRY_SIZE - 1, 6);
    if (size < 0 || timeMs < 0)
        return undefined;
    return {
        outputId: Buffer.from(data.buffer, data.byteOffset + O1 + 1, HEX_SIZE).toString('latin1'),
        size,
        timeMs
    };
}
/**
 * A space-padded field of plain digits from the bytes `data[from..to)`, within int64, without
 * its last `drop` digits (integer division by 10^drop), when what is left has at most 15 digits
 * (exact as a double); -1 when the field is anything else.
 */
function smallPaddedInt(data, from, to, drop) {
    let i = from;
    while (i < to && data[i] === SPACE)
        i++;
    if (i === to)
        return -1;
    while (i < to - 1 && data[i] === 0x30)
        i++;
    const digits = to - i;
    if (digits - drop > 15 || digits > INT64_MAX.length)
        return -1;
    if (digits === INT64_MAX.length)
        for (let j = 0; j < digits; j++) {
            const d = data[i + j] - INT64_MAX.charCodeAt(j);
            if (d < 0)
                break;
            if (d > 0)
                return -1;
        }
    let v = 0;
    for (let j = i; j < to; j++) {
        const d = data[j] - 0x30;
        if (d < 0 || d > 9)
            return -1;
        if (j < to - drop)
            v = v * 10 + d;
    }
    return v;
}
/** Go's DiskCache.get, step by step, with its reason for every miss. */
function parseExactly(data, id) {
    if (data.length > ENTRY_SIZE)
        return fail(`too long: Go expects exactly ${ENTRY_SIZE} bytes`);
    if (data.length === 0)
        return fail('file is empty');
    if (data.length < ENTRY_SIZE)
        return fail(`entry file incomplete: ${data.length} bytes, Go expects ${ENTRY_SIZE}`);
    const o1 = O1;
    const o2 = O2;
    const o3 = O3;
    if (data[0] !== 0x76 /* v */ ||
        data[1] !== 0x31 /* 1 */ ||
        data[2] !== SPACE ||
        data[o1] !== SPACE ||
        data[o2] !== SPACE ||
        data[o3] !== SPACE ||
        data[ENTRY_SIZE - 1] !== 0x0a)
        return fail('invalid header');
    const text = Buffer.from(data.buffer, data.byteOffset, data.length).toString('latin1');
    // Go writes lower-case IDs; anything else takes the exact (slower) path of hex.Decode.
    const eid = text.slice(3, o1);
    if (eid !== id) {
        if (!isHex64(text, 3, true))
            return fail('decoding ID: invalid hex');
        if (eid.toLowerCase() !== id)
            return fail('mismatched ID: the entry names another action');
    }
    let eout = text.slice(o1 + 1, o2);
    if (!isHex64(text, o1 + 1, false)) {
        if (!isHex64(text, o1 + 1, true))
            return fail('decoding output ID: invalid hex');
        eout = eout.toLowerCase();
    }
    const size = paddedInt(text.slice(o2 + 1, o3));
    if (size === undefined)
        return fail('parsing size: not a decimal number');
    if (size.negative)
        return fail('negative size');
    const time = paddedInt(text.slice(o3 + 1, ENTRY_SIZE - 1));
    if (time === undefined)
        return fail('parsing timestamp: not a decimal number');
    if (time.negative)
        return fail('negative timestamp');
    const ns = time.digits;
    return {
        ok: true,
        entry: {
            outputId: eout,
            size: Number(size.digits),
            timeMs: ns.length > 6 ? Number(ns.slice(0, -6)) : 0
        }
    };
}
/** trim.txt as Go reads it: strings.TrimSpace then strconv.ParseInt. */
function parseTrim(text) {
    const v = paddedInt(text.trim());
    if (v === undefined)
        return { ok: false };
    return { ok: true, seconds: v.negative ? -Number(v.digits) : Number(v.digits) };
}

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

const DURATION_UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
const SIZE_UNITS = {
    b: 1,
    k: 1024,
    kb: 1e3,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1e6,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1e9,
    gib: 1024 ** 3,
    t: 1024 ** 4,
    tb: 1e12,
    tib: 1024 ** 4
};
function bad(what, value, location, fix) {
    return new UsageError(`invalid ${what} ${JSON.stringify(value)}`, location, fix);
}
/** `5d`, `36h`, `1d12h`, `90m`, `3600s`, `2w` -> seconds. */
function parseDuration(value, what, location) {
    const fix = `write a duration such as 5d, 36h, 1d12h or 90m (units: ${Object.keys(DURATION_UNITS).join(', ')})`;
    const text = value.trim();
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(text))
        throw bad(what, value, location, fix);
    let seconds = 0;
    for (const m of text.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        seconds += Number(m[1]) * DURATION_UNITS[m[2]];
    if (seconds <= 0)
        throw bad(what, value, location, `${fix}; it must be more than zero`);
    return seconds;
}
/** `2GiB`, `500MB`, `1.5G`, `1048576` -> bytes (K/M/G/T alone are binary, like GiB). */
function parseSize(value, what, location) {
    const fix = 'write a size such as 2GiB, 500MB or 1.5G (units: B, KB, KiB, MB, MiB, GB, GiB, TB, TiB)';
    const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
    const unit = SIZE_UNITS[(m?.[2] || 'b').toLowerCase()];
    if (!m || unit === undefined)
        throw bad(what, value, location, fix);
    return Math.floor(Number(m[1]) * unit);
}
function spannedDuration(s, what) {
    return s === undefined ? undefined : parseDuration(s.value, what, s.location);
}
function spannedSize(s, what) {
    return s === undefined ? undefined : parseSize(s.value, what, s.location);
}

/**
 * The store in the action: inputs `cache`, `cache-modules`, `cache-save`; the restore hook the
 * engine calls before its cache stage; the outputs `cache-hit` and `cache-result` and the state for the post step.
 */
/** The core.saveState name the post step reads. */
const STATE_KEY = 'gocache-store';
const SAVE_POLICIES = ['default-branch', 'trusted', 'never'];
function bool(name, value) {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'false')
        return false;
    if (v === 'true')
        return true;
    throw new UsageError(`invalid value '${value}' for ${name}: expected 'true' or 'false'`, undefined, `set ${name} to true or false`);
}
/** Undefined unless `cache: true`. Throws UsageError for invalid values. */
function storeInputs(get) {
    const modules = bool('cache-modules', get('cache-modules'));
    const save = get('cache-save').trim() || 'default-branch';
    if (!SAVE_POLICIES.includes(save)) {
        const list = SAVE_POLICIES.map((p) => `'${p}'`).join(', ');
        throw new UsageError(`invalid value '${save}' for cache-save: expected one of ${list}`, undefined, `set cache-save to one of ${list}`);
    }
    if (!bool('cache', get('cache')))
        return undefined;
    return { modules, savePolicy: save };
}
/** The trim budget the post step applies: inputs, then the baseline's `cache:` section, then Go's 5 days. */
function trimBudget(opts, baseline) {
    const maxAge = opts.maxCacheAge ? { value: opts.maxCacheAge } : baseline.cache.maxAge;
    const maxSize = opts.maxCacheSize ? { value: opts.maxCacheSize } : baseline.cache.maxSize;
    const maxSizeBytes = spannedSize(maxSize, 'max-cache-size');
    return {
        maxAgeSeconds: spannedDuration(maxAge, 'max-cache-age') ?? TRIM_LIMIT_S,
        ...(maxSizeBytes === undefined ? {} : { maxSizeBytes })
    };
}
/** For src/entry/main.ts: undefined unless the `cache` input is true. */
function actionStore(env, log) {
    const inputs = storeInputs((name) => getInput(name));
    if (!inputs)
        return undefined;
    return {
        // Loaded on use: @actions/cache and the Azure SDK are large, and most runs do not cache.
        restore: async (go, opts) => (await import('./restore.js')).restoreStore({
            go,
            root: opts.root,
            dir: opts.dir,
            modules: inputs.modules,
            prune: opts.prune !== 'off',
            env,
            log,
            warn: (line) => warning(line)
        }),
        finish: (facts, baseline, opts) => {
            const store = facts.store;
            // `cache-hit` follows actions/cache and setup-go ('true' only on an exact hit), so the
            // usual `if: steps.gate.outputs.cache-hit != 'true'` works; the detail is `cache-result`.
            const hit = store?.gocache?.hit ?? 'miss';
            setOutput('cache-hit', hit === 'exact' ? 'true' : 'false');
            setOutput('cache-result', hit);
            if (!store?.available)
                return;
            const healedModules = store.modules?.verify?.damaged.some((d) => d.removed) ?? false;
            const state = {
                ...(store.gocache
                    ? { gocache: { ...store.gocache, healed: (facts.cache?.prune?.corrupt ?? 0) > 0 } }
                    : {}),
                ...(store.modules ? { modules: { ...store.modules, healed: healedModules } } : {}),
                goroot: facts.go.env.GOROOT,
                savePolicy: inputs.savePolicy,
                ...trimBudget(opts, baseline)
            };
            saveState(STATE_KEY, JSON.stringify(state));
        }
    };
}

/**
 * A total deadline for each call to the Actions cache service. The @actions/cache client has
 * timeouts only for parts of a download (`timeoutInMs`, `segmentTimeoutInMs`); its Twirp calls
 * (lookup, create, finalize) use an HTTP client without any, so a service that accepts a
 * connection and never answers would hold the step forever. A call past its deadline is given up:
 * the caller warns and goes on as if the cache had missed (restore) or refused (save). The client
 * cannot be cancelled, so the abandoned call may keep a socket open; the entry points end the
 * process once their work is done when any call was abandoned (abandonedCalls()).
 */
/** Default deadline of one cache call (restore: lookup, download and extraction; save: upload). */
const DEFAULT_CACHE_TIMEOUT_MS = 10 * 60_000;
/** The environment variable that changes it, in seconds. */
const CACHE_TIMEOUT_VAR = 'GO_BASELINE_GATE_CACHE_TIMEOUT';
let abandoned = 0;
/** How many cache calls were given up at their deadline in this process. */
function abandonedCalls() {
    return abandoned;
}
/** The deadline from GO_BASELINE_GATE_CACHE_TIMEOUT (seconds), else the default; nonsense is ignored with a note. */
function cacheTimeoutMs(env, log) {
    const raw = env[CACHE_TIMEOUT_VAR]?.trim();
    if (!raw)
        return DEFAULT_CACHE_TIMEOUT_MS;
    const seconds = Number(raw);
    if (Number.isFinite(seconds) && seconds > 0)
        return Math.round(seconds * 1000);
    log?.(`cache: ${CACHE_TIMEOUT_VAR}=${JSON.stringify(raw)} is not a number of seconds; using ${DEFAULT_CACHE_TIMEOUT_MS / 1000} s`);
    return DEFAULT_CACHE_TIMEOUT_MS;
}
/** The call did not finish within its deadline and was given up. */
class CacheTimeoutError extends Error {
    what;
    timeoutMs;
    constructor(what, timeoutMs) {
        super(`${what} did not finish within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Number((timeoutMs / 1000).toFixed(1))} s`}; given up`);
        this.what = what;
        this.timeoutMs = timeoutMs;
        this.name = 'CacheTimeoutError';
    }
}
/** `call()` or a CacheTimeoutError at the deadline, whichever comes first. */
async function withDeadline(what, timeoutMs, call) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            abandoned++;
            reject(new CacheTimeoutError(what, timeoutMs));
        }, timeoutMs);
    });
    const work = call();
    work.catch(() => undefined); // a late failure of an abandoned call is not unhandled
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}

/**
 * The asynchronous file-system calls the gate makes, on Node's callback API: `node:fs/promises`
 * costs start-up, since loading it loads readline and the REPL history too (Node 20 to 24).
 * Same names and signatures as fs/promises, except that `open` gives a file descriptor.
 */
const access = promisify(fs$1.access);
const close = promisify(fs$1.close);
const fstat = promisify(fs$1.fstat);
const mkdir = promisify(fs$1.mkdir);
const open = promisify(fs$1.open);
const read = promisify(fs$1.read);
const readdir = promisify(fs$1.readdir);
// The native call, as fs/promises' realpath: one system call, not an lstat per path element.
const realpath = promisify(fs$1.realpath.native);
const stat = promisify(fs$1.stat);
const write = promisify(fs$1.write);
const writeFile = promisify(fs$1.writeFile);

/**
 * Reading files the gate does not control (baseline, go.mod, go env file, event payload) without
 * ever blocking: only regular files are read. The type is checked before the open (a FIFO would
 * block `open` for reading until a writer comes), the open is non-blocking (a FIFO swapped in
 * after the check does not block either), and the opened handle is checked again with fstat.
 */
/** `O_NONBLOCK` where the platform has it (not on Windows, where FIFOs are not files). */
const READ_FLAGS = constants$1.O_RDONLY | (constants$1.O_NONBLOCK ?? 0);
/** What kind of thing a non-regular path is, in words. */
function describeKind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** The path exists but is not a regular file (code `ENOTREG`); nothing was read. */
class NotRegularFileError extends Error {
    file;
    kind;
    code = 'ENOTREG';
    constructor(file, kind) {
        super(`${file} is ${kind}, not a regular file`);
        this.file = file;
        this.kind = kind;
    }
}
/** The file is larger than the caller accepts (code `EFBIG`); nothing was read. */
class FileTooLargeError extends Error {
    file;
    size;
    limit;
    code = 'EFBIG';
    constructor(file, size, limit) {
        super(`${file} is ${size} bytes, more than the ${limit} bytes allowed`);
        this.file = file;
        this.size = size;
        this.limit = limit;
    }
}
function checkStats(file, st, maxBytes) {
    if (!st.isFile())
        throw new NotRegularFileError(file, describeKind(st));
    if (st.size > maxBytes)
        throw new FileTooLargeError(file, st.size, maxBytes);
}
/**
 * The bytes of a regular file, at most `maxBytes` (a file that grows past the limit while being
 * read is too large too). Errors: NotRegularFileError, FileTooLargeError, or the fs error
 * (`ENOENT`, `EACCES`, ...).
 */
async function readRegularFile(file, maxBytes = Number.MAX_SAFE_INTEGER) {
    checkStats(file, await stat(file), maxBytes);
    const fd = await open(file, READ_FLAGS);
    try {
        const st = await fstat(fd);
        checkStats(file, st, maxBytes);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20));
            const { bytesRead } = await read(fd, chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new FileTooLargeError(file, total, maxBytes);
            chunks.push(chunk.subarray(0, bytesRead));
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        await close(fd);
    }
}
/** readRegularFile, synchronously. */
function readRegularFileSync(file, maxBytes = Number.MAX_SAFE_INTEGER) {
    checkStats(file, statSync(file), maxBytes);
    const fd = openSync(file, READ_FLAGS);
    try {
        const st = fstatSync(fd);
        checkStats(file, st, maxBytes);
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total, 0) + 1, 1 << 20));
            const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            total += bytesRead;
            if (total > maxBytes)
                throw new FileTooLargeError(file, total, maxBytes);
            chunks.push(chunk.subarray(0, bytesRead));
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        closeSync(fd);
    }
}

/**
 * The webhook payload of the run (GITHUB_EVENT_PATH), or `{}` when there is none or it cannot be
 * read: the PR comment reads the pull request number from it, the cache save whether a pull
 * request comes from a fork.
 */
function readEvent(env) {
    if (!env.GITHUB_EVENT_PATH)
        return {};
    try {
        const event = JSON.parse(readRegularFileSync(env.GITHUB_EVENT_PATH).toString('utf8'));
        return event && typeof event === 'object' ? event : {};
    }
    catch {
        return {};
    }
}

/**
 * Plain text for the Actions log that can never be read as a workflow command. The runner treats
 * any line whose first non-blank characters are `::` as a command, so text that contains `::` is
 * wrapped in `::stop-commands::<token>` … `::<token>::` (the runner's own mechanism), with a fresh
 * random token that the text cannot know.
 */
function logText(text, write) {
    if (!text.includes('::')) {
        write(text.endsWith('\n') ? text : `${text}\n`);
        return;
    }
    // The global Web Crypto (Node 19+), loaded on first use: an import of node:crypto would load
    // the whole crypto module at start-up, for a token that most runs never need.
    const token = globalThis.crypto.randomUUID();
    write(`::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::\n`);
}

const info = (text) => logText(text, (s) => process.stdout.write(s));
function runContext(env) {
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        event: readEvent(env)
    };
}
/**
 * The post step runs after the job's other steps: with `cache: true` it trims GOCACHE and saves
 * it (and GOMODCACHE) when this run may; it never fails the job.
 */
async function run(env = process.env) {
    const raw = getState(STATE_KEY);
    if (!raw) {
        info('go-baseline-gate post: nothing to do (cache is not enabled)');
        return;
    }
    try {
        const { postStore } = await import('./save.js');
        await postStore({
            state: JSON.parse(raw),
            ctx: runContext(env),
            workspace: path$1.resolve(env.GITHUB_WORKSPACE ?? process.cwd()),
            env,
            log: info,
            warn: (s) => warning(s)
        });
    }
    catch (err) {
        warning(`go-baseline-gate post: the build cache was not saved: ${err.message}`);
    }
    finally {
        // A cache service call given up at its deadline may still hold a socket: end the step.
        if (abandonedCalls() > 0)
            process.exit();
    }
}

export { exec as A, which as B, CacheTimeoutError as C, info$1 as D, isDebug as E, FileTooLargeError as F, setSecret as G, rmRF as H, error as I, spannedSize as J, spannedDuration as K, ENTRY_SIZE as L, parseActionEntry as M, NotRegularFileError as N, MTIME_INTERVAL_S as O, nameKind as P, NOT_GO as Q, ACTION as R, SUBDIRS as S, TRIM_LIMIT_S as T, UsageError as U, OUTPUT as V, TOP_LEVEL_FILES as W, parseTrim as X, TRIM_INTERVAL_S as Y, readdir as a, realpath as b, access as c, readEvent as d, close as e, writeFile as f, setOutput as g, summary as h, getInput as i, actionStore as j, warning as k, logText as l, mkdir as m, setFailed as n, open as o, abandonedCalls as p, run as q, readRegularFile as r, stat as s, cacheTimeoutMs as t, withDeadline as u, CACHE_TIMEOUT_VAR as v, write as w, readRegularFileSync as x, debug as y, mkdirP as z };

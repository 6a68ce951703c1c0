import { a as readRegularFile } from './readfile.js';
import { basename } from 'node:path';
import { p as parseFlags } from './cli.js';
import { U as UsageError } from './errors.js';
import { u as parseGoWork, v as parseGoMod, M as ModfileSyntaxError } from './output.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:util';
import './format.js';
import './go.js';
import 'node:os';
import './run.js';
import 'node:child_process';
import 'node:buffer';
import './valid.js';

function dedupe(items, key, keepLast = false) {
    const seen = new Set();
    const ordered = keepLast ? [...items].reverse() : items;
    const kept = ordered.filter((x) => {
        const k = key(x);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
    return keepLast ? kept.reverse() : kept;
}
function mv(m) {
    return m.version ? { Path: m.path, Version: m.version } : { Path: m.path };
}
const list = (xs) => (xs.length > 0 ? xs : null);
function replaceJSON(replace) {
    const kept = dedupe(replace, (r) => `${r.old.path}@${r.old.version ?? ''}`, true);
    return list(kept.map((r) => ({ Old: mv(r.old), New: mv(r.new), Pos: r.pos, NewPos: r.newPos })));
}
function modFileJSON(f) {
    const out = {
        Module: {
            Path: f.module?.path ?? '',
            ...(f.module?.deprecated ? { Deprecated: f.module.deprecated } : {}),
            ...(f.module ? { Pos: f.module.pos } : {})
        }
    };
    if (f.go)
        Object.assign(out, { Go: f.go.version, GoPos: f.go.pos });
    if (f.toolchain)
        Object.assign(out, { Toolchain: f.toolchain.name, ToolchainPos: f.toolchain.pos });
    if (f.godebug.length > 0)
        out.GoDebug = f.godebug.map((d) => ({ Key: d.key, Value: d.value, Pos: d.pos }));
    out.Require = list(f.require.map((r) => ({
        Path: r.path,
        Version: r.version,
        ...(r.indirect ? { Indirect: true } : {}),
        Pos: r.pos
    })));
    out.Exclude = list(dedupe(f.exclude, (x) => `${x.path}@${x.version}`).map((x) => ({
        Path: x.path,
        Version: x.version,
        Pos: x.pos
    })));
    out.Replace = replaceJSON(f.replace);
    out.Retract = list(f.retract.map((r) => ({
        Low: r.low,
        High: r.high,
        ...(r.rationale ? { Rationale: r.rationale } : {}),
        Pos: r.pos
    })));
    out.Tool = list(dedupe(f.tool, (t) => t.path).map((t) => ({ Path: t.path, Pos: t.pos })));
    out.Ignore = list(dedupe(f.ignore, (t) => t.path).map((t) => ({ Path: t.path, Pos: t.pos })));
    return out;
}
/** `go work edit -json` prints Go, Use and Replace; Toolchain and GoDebug are added here (omitted when absent). */
function workFileJSON(f) {
    const out = {};
    if (f.go)
        Object.assign(out, { Go: f.go.version, GoPos: f.go.pos });
    out.Use = list(f.use.map((u) => ({ DiskPath: u.path, Pos: u.pos })));
    out.Replace = replaceJSON(f.replace);
    if (f.toolchain)
        Object.assign(out, { Toolchain: f.toolchain.name, ToolchainPos: f.toolchain.pos });
    if (f.godebug.length > 0)
        out.GoDebug = f.godebug.map((d) => ({ Key: d.key, Value: d.value, Pos: d.pos }));
    return out;
}

/**
 * `go-baseline-gate modfile --json FILE`: prints the parse of a go.mod or go.work in the shape of
 * `go mod edit -json` / `go work edit -json`, plus positions. Exit 0 on success; 2 with Go's
 * `file:line:col: message` errors when the file does not parse, or on bad usage.
 */
const USAGE = 'usage: go-baseline-gate modfile --json [--work] FILE\n' +
    '  FILE is a go.mod, or a go.work (by name, or with --work)';
const OPTIONS = { json: { type: 'boolean' }, work: { type: 'boolean' } };
async function modfileCommand(args, io) {
    let file;
    let work;
    try {
        const { values, positionals } = parseFlags('modfile', args, OPTIONS, USAGE, 1);
        if (!values.json || positionals[0] === undefined) {
            throw new UsageError(values.json ? 'expected one FILE' : 'missing --json', undefined, USAGE);
        }
        file = positionals[0];
        work = values.work === true || basename(file).endsWith('.work');
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr(`go-baseline-gate: ${e.format()}\n`);
        return 2;
    }
    let text;
    try {
        text = (await readRegularFile(file)).toString('utf8');
    }
    catch (e) {
        io.stderr(`modfile: cannot read ${file}: ${e.code ?? String(e)}\n`);
        return 2;
    }
    try {
        const json = work ? workFileJSON(parseGoWork(text, file)) : modFileJSON(parseGoMod(text, file));
        io.stdout(JSON.stringify(json, null, '\t') + '\n');
        return 0;
    }
    catch (e) {
        if (!(e instanceof ModfileSyntaxError))
            throw e;
        io.stderr(`errors parsing ${file}:\n${e.message}\n`);
        return 2;
    }
}

export { modfileCommand };

import { createRequire as __gbgCreateRequire } from 'node:module';
const __gbgBuiltin = process.getBuiltinModule ?? __gbgCreateRequire(import.meta.url);
import { p as parseDocument, i as isScalar, a as isAlias, b as isMap, c as isSeq, L as LineCounter } from './public-api.js';
import { U as UsageError } from './main-shared.js';
import 'path';
import 'os';
import 'crypto';

import 'string_decoder';
import 'events';
import 'child_process';
import 'assert';
import 'timers';
import 'node:path';



/**
 * Limits on the shape of a baseline, far above what a real one needs (a handful of levels, a few
 * anchors), so that a hostile file is rejected at its position instead of costing time or memory:
 * how deep values nest (aliases expanded), how many anchors and aliases it has, and how many
 * values the aliases may expand to in total (a "billion laughs" file stops there).
 */
const BASELINE_LIMITS = { depth: 64, anchorsAndAliases: 1000, aliasedValues: 10_000 };
/** A parsed baseline file that can say where any value or key was written. */
class BaselineSource {
    file;
    doc;
    lines;
    constructor(file, doc, lines) {
        this.file = file;
        this.doc = doc;
        this.lines = lines;
    }
    /**
     * Parses YAML (JSON is YAML too); a syntax error, a duplicate key or a file past one of the
     * BASELINE_LIMITS is a UsageError at its position. Time is linear in the size of the file.
     */
    static parse(file, text) {
        const lines = new LineCounter();
        // Duplicate keys are found by checkShape in linear time; the parser's own check compares
        // every key with every earlier one of its map (quadratic in the keys of a map).
        const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
        const source = new BaselineSource(file, doc, lines);
        const err = doc.errors[0];
        if (err) {
            const tooDeep = err.code === 'RESOURCE_EXHAUSTION';
            throw new UsageError(tooDeep
                ? 'the baseline nests values too deeply to be read'
                : `invalid YAML: ${err.message.split('\n')[0]}`, source.at(err.pos[0]), tooDeep
                ? `a baseline needs a few levels of nesting; at most ${BASELINE_LIMITS.depth} are accepted`
                : 'fix the syntax; quote values that contain ": " or start with special characters');
        }
        source.checkShape();
        return source;
    }
    /** The document as plain data (aliases resolved); only call after parse() accepted it. */
    toJS() {
        try {
            // checkShape bounded what aliases expand to; yaml's own alias counter would reject an
            // anchor used a hundred times, with no position.
            return this.doc.toJS({ maxAliasCount: -1 });
        }
        catch (e) {
            throw new UsageError(`the baseline cannot be read: ${e.message}`, { file: this.file, line: 1, column: 1 }, 'fix the anchors and aliases (an alias must follow its anchor)');
        }
    }
    /**
     * One pass over the document, in document order: duplicate keys, nesting depth, the number of
     * anchors and aliases, and the values aliases expand to (BASELINE_LIMITS). Each node is visited
     * once, plus what aliases expand to, which is bounded by BASELINE_LIMITS.aliasedValues.
     */
    checkShape() {
        const anchors = new Map();
        let anchorsAndAliases = 0;
        let aliasedValues = 0;
        const fail = (node, message, fix) => {
            throw new UsageError(message, this.at(node.range?.[0] ?? 0), fix);
        };
        /** `via`: the alias being expanded (values under it are counted, not re-checked). */
        const visit = (node, depth, via) => {
            if (!node || typeof node !== 'object')
                return;
            const n = node;
            if (depth > BASELINE_LIMITS.depth) {
                fail(via ?? n, `the baseline nests values more than ${BASELINE_LIMITS.depth} levels deep here${via ? ' (through this alias)' : ''}`, 'flatten the file: a baseline needs a few levels of nesting');
            }
            if (via) {
                if (++aliasedValues > BASELINE_LIMITS.aliasedValues) {
                    fail(via, `the aliases in the baseline expand to more than ${BASELINE_LIMITS.aliasedValues} values (at this alias)`, 'write the values out, or use fewer aliases of large anchors');
                }
            }
            else if (n.anchor || isAlias(n)) {
                if (++anchorsAndAliases > BASELINE_LIMITS.anchorsAndAliases) {
                    fail(n, `the baseline has more than ${BASELINE_LIMITS.anchorsAndAliases} anchors and aliases`, 'write the values out instead of referring to them');
                }
                if (n.anchor)
                    anchors.set(n.anchor, n);
            }
            if (isAlias(n)) {
                const target = anchors.get(n.source);
                // An unknown anchor is reported by toJS; a use inside its own anchor ends at the depth limit.
                if (target)
                    visit(target, depth + 1, via ?? n);
                return;
            }
            if (isMap(n)) {
                const seen = via ? undefined : new Map();
                for (const pair of n.items) {
                    const key = pair.key;
                    if (seen && isScalar(key)) {
                        const name = String(key.value);
                        const first = seen.get(name);
                        if (first) {
                            fail(key, `duplicate key "${name}" (first at line ${this.at(first.range?.[0] ?? 0).line})`, 'remove one of the two, or merge them');
                        }
                        seen.set(name, key);
                    }
                    visit(key, depth + 1, via);
                    visit(pair.value, depth + 1, via);
                }
            }
            else if (isSeq(n)) {
                for (const item of n.items)
                    visit(item, depth + 1, via);
            }
        };
        visit(this.doc.contents, 1, undefined);
    }
    /** The location of a character offset. */
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    /** Per map, its pairs by key (built on first use), so looking up a key is O(1). */
    keyIndex = new Map();
    pair(map, key) {
        let index = this.keyIndex.get(map);
        if (!index) {
            index = new Map();
            for (const p of map.items) {
                const name = isScalar(p.key) ? String(p.key.value) : undefined;
                if (name !== undefined && !index.has(name))
                    index.set(name, p);
            }
            this.keyIndex.set(map, index);
        }
        return index.get(key);
    }
    /** The node at a path (e.g. `['env', 'GOFLAGS']`), if present; aliases are followed. */
    node(path) {
        let n = this.doc.contents;
        for (const segment of path) {
            if (isAlias(n))
                n = n.resolve(this.doc);
            if (isMap(n))
                n = this.pair(n, String(segment))?.value;
            else if (isSeq(n) && typeof segment === 'number')
                n = n.items[segment];
            else
                return undefined;
        }
        return n && typeof n === 'object' && 'range' in n ? n : undefined;
    }
    /** Where a value was written; with `key`, where that key of the map at `path` was written. */
    locate(path, key) {
        if (key !== undefined) {
            const map = path.length ? this.node(path) : this.doc.contents;
            if (isMap(map)) {
                const pair = this.pair(map, key);
                if (pair && isScalar(pair.key) && pair.key.range)
                    return this.at(pair.key.range[0]);
            }
        }
        for (let n = path.length; n >= 0; n--) {
            const node = n === 0 ? this.doc.contents : this.node(path.slice(0, n));
            if (node?.range)
                return this.at(node.range[0]);
        }
        return { file: this.file, line: 1, column: 1 };
    }
    /** Where the key of the entry at `path` was written (its last segment inside its parent map). */
    locateKey(path) {
        const last = path[path.length - 1];
        return typeof last === 'string' ? this.locate(path.slice(0, -1), last) : this.locate(path);
    }
}

export { BASELINE_LIMITS, BaselineSource };

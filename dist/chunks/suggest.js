/** "Did you mean" for unknown keys: the closest candidate within a small edit distance. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost));
        }
        prev = row;
    }
    return prev[b.length];
}
/**
 * The candidate closest to `word` (ignoring case), if it is close enough to be a typo:
 * at most a third of the word's length in edits (and at least one).
 */
function suggest(word, candidates) {
    const w = word.toLowerCase();
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best;
    for (const candidate of candidates) {
        // The distance is at least the difference in length: skip the quadratic comparison when
        // that alone is too far (a hostile key of a million characters costs nothing then).
        if (Math.abs(w.length - candidate.length) > limit)
            continue;
        const distance = editDistance(w, candidate.toLowerCase());
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    return best && best.distance <= limit ? best.candidate : undefined;
}
/** ` (did you mean "X"?)` or the empty string. */
function didYouMean(word, candidates) {
    const s = suggest(word, candidates);
    return s === undefined ? '' : ` (did you mean "${s}"?)`;
}

export { didYouMean as d, suggest as s };

/**
 * The one place that names where the project lives. The docs URL (SARIF helpUri, summary links),
 * the baseline schema's `$id` and the recorder's header are built from it here; package.json's
 * `repository`/`homepage`/`bugs`, the README, docs/ and schema/ spell the same names, and a test
 * (__tests__/project.test.ts) fails when any of them disagrees.
 */

/** GitHub owner (organization) of the repository. */
export const OWNER = 'go-baseline-gate'
/** Repository name; also the npm package name and the action's name. */
export const REPO = 'go-baseline-gate'
/** `owner/repo`, as in `uses: go-baseline-gate/go-baseline-gate@v1`. */
export const SLUG = `${OWNER}/${REPO}`
/** The repository's home page. */
export const HOME_URL = `https://github.com/${SLUG}`
/** Rendered documentation files on the default branch (`${DOCS_BASE_URL}/rules.md`). */
export const DOCS_BASE_URL = `${HOME_URL}/blob/main/docs`
/** Raw files on the default branch, as editors fetch them. */
export const RAW_BASE_URL = `https://raw.githubusercontent.com/${SLUG}/main`
/** Where editors fetch the baseline schema (its `$id` and the baseline's `$schema=` line). */
export const SCHEMA_URL = `${RAW_BASE_URL}/schema/go-baseline.schema.json`

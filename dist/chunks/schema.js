/**
 * The JSON Schema of the baseline file. This object is the source of truth;
 * schema/go-baseline.schema.json is the same object written out for editors
 * (a test keeps the two identical).
 */
/** Every key some Go release prints in `go env` or documents in `go help environment`. */
const KNOWN_GO_ENV_KEYS = [
    'AR',
    'CC',
    'CGO_CFLAGS',
    'CGO_CFLAGS_ALLOW',
    'CGO_CFLAGS_DISALLOW',
    'CGO_CPPFLAGS',
    'CGO_CXXFLAGS',
    'CGO_ENABLED',
    'CGO_FFLAGS',
    'CGO_LDFLAGS',
    'CXX',
    'FC',
    'GCCGO',
    'GO111MODULE',
    'GO386',
    'GOAMD64',
    'GOARCH',
    'GOARM',
    'GOARM64',
    'GOAUTH',
    'GOBIN',
    'GOCACHE',
    'GOCACHEPROG',
    'GOCOVERDIR',
    'GODEBUG',
    'GOENV',
    'GOEXE',
    'GOEXPERIMENT',
    'GOFIPS140',
    'GOFLAGS',
    'GOGCCFLAGS',
    'GOHOSTARCH',
    'GOHOSTOS',
    'GOINSECURE',
    'GOMIPS',
    'GOMIPS64',
    'GOMOD',
    'GOMODCACHE',
    'GONOPROXY',
    'GONOSUMDB',
    'GOOS',
    'GOPATH',
    'GOPPC64',
    'GOPRIVATE',
    'GOPROXY',
    'GORISCV64',
    'GOROOT',
    'GOSUMDB',
    'GOTELEMETRY',
    'GOTELEMETRYDIR',
    'GOTMPDIR',
    'GOTOOLCHAIN',
    'GOTOOLDIR',
    'GOVCS',
    'GOVERSION',
    'GOWASM',
    'GOWORK',
    'GO_EXTLINK_ENABLED',
    'PKG_CONFIG'
];
const MATCHER_KEYS = [
    'exact',
    'one-of',
    'regex',
    'unset',
    'ignore',
    'semver',
    'contains',
    'not-contains',
    'path'
];
const TOOLCHAIN_POLICIES = ['required', 'forbidden', 'optional'];
({
    properties: Object.fromEntries(KNOWN_GO_ENV_KEYS.map((k) => [k, { $ref: '#/definitions/matcher' }]))
});

export { KNOWN_GO_ENV_KEYS as K, MATCHER_KEYS as M, TOOLCHAIN_POLICIES as T };

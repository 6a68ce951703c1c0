#!/bin/bash
# Noise of the modfile rules on real module files: downloads released modules of real projects
# from the module proxy, lays them out as their repositories (nested modules where the project has
# them, go.work workspaces made with `go work init`), checks that go loads each module graph
# (`go list -m all`, GOTOOLCHAIN=local), then runs the gate with the built-in policy at each
# repository root and in each module directory (GOWORK=off), one line per finding:
#   label<TAB>rule<TAB>severity
# Usage: scripts/modfile-noise.sh [WORKDIR]   (SRC=checkout to measure, default this one)
set -euo pipefail
SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
W=${1:-${TMPDIR:-/tmp}/gbg-modfile-noise}
MC=$W/modcache
R=$W/repos
mkdir -p "$W"
export GOMODCACHE=$MC GOPATH=$W/gopath GOTOOLCHAIN=local GOENV=off
mods=(
github.com/prometheus/prometheus@v0.316.0
go.etcd.io/etcd/client/v3@v3.7.3
go.etcd.io/etcd/server/v3@v3.7.3
go.etcd.io/etcd/api/v3@v3.7.3
go.etcd.io/etcd/client/pkg/v3@v3.7.3
go.opentelemetry.io/otel@v1.47.0
go.opentelemetry.io/otel/sdk@v1.47.0
go.opentelemetry.io/otel/trace@v1.47.0
go.opentelemetry.io/otel/metric@v1.47.0
github.com/moby/moby/api@v1.57.0
github.com/moby/moby/client@v0.6.3
github.com/hashicorp/terraform-plugin-sdk/v2@v2.40.1
k8s.io/api@v0.37.2
k8s.io/apimachinery@v0.37.2
k8s.io/client-go@v0.37.2
github.com/hashicorp/consul/api@v1.34.5
google.golang.org/grpc@v1.85.0
golang.org/x/tools@v0.52.0
golang.org/x/tools/gopls@v0.23.0
github.com/containerd/containerd/v2@v2.4.2
github.com/caddyserver/caddy/v2@v2.11.9
github.com/hashicorp/vault/api@v1.23.0
sigs.k8s.io/controller-runtime@v0.25.3
github.com/spf13/cobra@v1.10.2
golang.org/x/net@v0.63.0
github.com/grpc-ecosystem/grpc-gateway/v2@v2.34.0
go.etcd.io/etcd/pkg/v3@v3.7.3
go.opentelemetry.io/otel/log@v1.47.0
go.opentelemetry.io/otel/sdk/metric@v1.47.0
go.opentelemetry.io/otel/metric/x@v0.69.0
)
for m in "${mods[@]}"; do
  [ -d "$MC/$m" ] || GOFLAGS=-mod=mod timeout 300 go mod download "$m" >&2
done
rm -rf "$R"; mkdir -p "$R"
cp_mod() { mkdir -p "$2"; cp -r "$MC/$1/." "$2/"; chmod -R u+w "$2"; }
cp_mod github.com/prometheus/prometheus@v0.316.0 $R/prometheus
cp_mod go.etcd.io/etcd/api/v3@v3.7.3 $R/etcd/api
cp_mod go.etcd.io/etcd/client/pkg/v3@v3.7.3 $R/etcd/client/pkg
cp_mod go.etcd.io/etcd/client/v3@v3.7.3 $R/etcd/client/v3
cp_mod go.etcd.io/etcd/server/v3@v3.7.3 $R/etcd/server
cp_mod go.opentelemetry.io/otel@v1.47.0 $R/otel
cp_mod go.opentelemetry.io/otel/sdk@v1.47.0 $R/otel/sdk
cp_mod go.opentelemetry.io/otel/trace@v1.47.0 $R/otel/trace
cp_mod go.opentelemetry.io/otel/metric@v1.47.0 $R/otel/metric
cp_mod go.opentelemetry.io/otel/log@v1.47.0 $R/otel/log
cp_mod go.opentelemetry.io/otel/sdk/metric@v1.47.0 $R/otel/sdk/metric
cp_mod go.etcd.io/etcd/pkg/v3@v3.7.3 $R/etcd/pkg
cp_mod go.opentelemetry.io/otel/metric/x@v0.69.0 $R/otel/metric/x
cp_mod github.com/moby/moby/api@v1.57.0 $R/moby/api
cp_mod github.com/moby/moby/client@v0.6.3 $R/moby/client
cp_mod github.com/hashicorp/terraform-plugin-sdk/v2@v2.40.1 $R/terraform-plugin-sdk
cp_mod k8s.io/api@v0.37.2 $R/kubernetes/staging/src/k8s.io/api
cp_mod k8s.io/apimachinery@v0.37.2 $R/kubernetes/staging/src/k8s.io/apimachinery
cp_mod k8s.io/client-go@v0.37.2 $R/kubernetes/staging/src/k8s.io/client-go
cp_mod github.com/hashicorp/consul/api@v1.34.5 $R/consul/api
cp_mod google.golang.org/grpc@v1.85.0 $R/grpc-go
cp_mod golang.org/x/tools@v0.52.0 $R/x-tools
cp_mod golang.org/x/tools/gopls@v0.23.0 $R/x-tools/gopls
cp_mod github.com/containerd/containerd/v2@v2.4.2 $R/containerd
cp_mod github.com/caddyserver/caddy/v2@v2.11.9 $R/caddy
cp_mod github.com/hashicorp/vault/api@v1.23.0 $R/vault/api
cp_mod sigs.k8s.io/controller-runtime@v0.25.3 $R/controller-runtime
cp_mod github.com/spf13/cobra@v1.10.2 $R/cobra
cp_mod golang.org/x/net@v0.63.0 $R/x-net
cp_mod github.com/grpc-ecosystem/grpc-gateway/v2@v2.34.0 $R/grpc-gateway
# Workspaces built from them (go work init + use, as a user would).
export GOFLAGS= 
(cd $R/etcd && go work init ./api ./client/pkg ./client/v3 ./pkg ./server)
(cd $R/otel && go work init . ./sdk ./sdk/metric ./trace ./metric ./metric/x ./log)
(cd $R/kubernetes && go work init ./staging/src/k8s.io/api ./staging/src/k8s.io/apimachinery ./staging/src/k8s.io/client-go)
(cd $R/moby && go work init ./api ./client)
# A workspace of several projects' modules (their requirements differ, as in a monorepo).
for m in prometheus grpc-gateway controller-runtime caddy vault/api consul/api; do mkdir -p $R/mixed/$(dirname $m); cp -r $R/$m $R/mixed/$m; done
rm -f $R/mixed/prometheus/go.work
(cd $R/mixed && go work init ./prometheus ./grpc-gateway ./controller-runtime ./caddy ./vault/api ./consul/api)
rm $R/prometheus/go.work # its use directories are not in the module zip
for r in $R/*; do (cd $r && git init -q .); done
# Vendored copies, made by the real go: a single module (go mod vendor) and three workspaces
# (go work vendor); go must then load every package offline from vendor/ with an empty module cache.
cp -r "$R/cobra" "$R/cobra-vendored"; (cd "$R/cobra-vendored" && go mod vendor)
for r in moby etcd kubernetes; do cp -r "$R/$r" "$R/$r-vendored"; (cd "$R/$r-vendored" && go work vendor); done
(cd "$R/cobra-vendored" && GOPROXY=off GOMODCACHE=$W/empty go list -deps -test ./... >/dev/null)
for r in moby etcd kubernetes; do
  (cd "$R/$r-vendored" && GOPROXY=off GOMODCACHE=$W/empty go list -deps -test $(go list -m | sed 's|$|/...|') >/dev/null)
done
# The oracle: go loads every module graph (workspace mode where a go.work applies).
for gm in $(cd "$R" && find . -name go.mod -not -path '*/testdata/*' | sort); do
  (cd "$R/$(dirname "$gm")" && timeout 300 go list -mod=readonly -m all >/dev/null) || { echo "go fails in $gm" >&2; exit 1; }
done
run() { # dir label [env...]
  local d=$1 label=$2; shift 2
  env "$@" node "$SRC/node_modules/.bin/tsx" "$SRC/src/entry/cli-entry.ts" check --dir "$d" --cache-verify off ${PREFLIGHT:-} --format json 2>/dev/null \
   | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const f of JSON.parse(s).findings??[])console.log([process.argv[1],f.rule,f.severity].join("\t"))})' "$label"
}
runs=0
for repo in $(ls "$R"); do
  run "$R/$repo" "$repo"; runs=$((runs+1))
  for gm in $(cd "$R/$repo" && find . -name go.mod -not -path '*/vendor/*' -not -path '*/testdata/*' | sort); do
    d=$(dirname "$gm"); [ "$d" = . ] && continue
    run "$R/$repo/$d" "$repo/${d#./}" GOWORK=off; runs=$((runs+1))
  done
done
echo "gate runs: $runs" >&2

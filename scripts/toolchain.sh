# Sourced by ./antena and .ci/run (POSIX sh). Puts Node.js 24 and pnpm 10 first on PATH:
# - Node: the `node` already on PATH when it is 24 or newer; otherwise the npm registry's `node@24`
#   package, installed with the machine's npm under $ANTENA_TOOLS (default ~/.cache/antena), never over
#   the system's own node. The package carries Node's headers, and node-gyp is pointed at them
#   (npm_config_nodedir), so native addons (better-sqlite3) build without downloading anything.
# - pnpm: the version pinned in package.json's packageManager, installed the same way when missing.
# Nothing is fetched from anywhere but the npm registry.

antena_node_major() { "${1:-node}" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ANTENA_TOOLS="${ANTENA_TOOLS:-${HOME:-/tmp}/.cache/antena}"
ANTENA_NODE_PREFIX="$ANTENA_TOOLS/node-24"
# Run from the repository's root (the callers cd there first).
ANTENA_PNPM_VERSION=$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' package.json 2>/dev/null)
[ -n "$ANTENA_PNPM_VERSION" ] || { echo "antena: source scripts/toolchain.sh from the repository's root (no packageManager in ./package.json)" >&2; return 1 2>/dev/null || exit 1; }

if [ "$(antena_node_major node)" -lt 24 ]; then
  if [ "$(antena_node_major "$ANTENA_NODE_PREFIX/bin/node")" -lt 24 ]; then
    echo "antena: Node $(node -v 2>/dev/null || echo '(none)') is older than 24; installing node@24 from the npm registry into $ANTENA_NODE_PREFIX" >&2
    command -v npm >/dev/null 2>&1 || { echo "antena: npm is needed to bring Node 24 (install Node.js with npm)" >&2; exit 1; }
    npm install --global --prefix "$ANTENA_NODE_PREFIX" --no-audit --no-fund --loglevel=error node@24 >&2 || exit 1
  fi
  PATH="$ANTENA_NODE_PREFIX/bin:$PATH"
  export PATH
fi

# Headers for node-gyp: next to the running node (an official tarball or the node@24 package), if there.
antena_node_root=$(node -p 'require("path").resolve(process.execPath, "../..")')
for antena_dir in "$antena_node_root" "$antena_node_root"/node_modules/node-*; do
  if [ -f "$antena_dir/include/node/node.h" ]; then npm_config_nodedir="$antena_dir"; export npm_config_nodedir; break; fi
done
# npm's Node 20 config (Debian) may point node-gyp at Node 20's headers; pnpm reads this variable too.
[ -n "${npm_config_nodedir:-}" ] || { echo "antena: no Node headers next to $(command -v node); native addons will not build" >&2; }

if [ "$(pnpm --version 2>/dev/null || true)" != "$ANTENA_PNPM_VERSION" ]; then
  if [ "$("$ANTENA_NODE_PREFIX/bin/pnpm" --version 2>/dev/null || true)" != "$ANTENA_PNPM_VERSION" ]; then
    echo "antena: installing pnpm@$ANTENA_PNPM_VERSION into $ANTENA_NODE_PREFIX" >&2
    npm install --global --prefix "$ANTENA_NODE_PREFIX" --no-audit --no-fund --loglevel=error "pnpm@$ANTENA_PNPM_VERSION" >&2 || exit 1
  fi
  PATH="$ANTENA_NODE_PREFIX/bin:$PATH"
  export PATH
fi
unset antena_node_root antena_dir

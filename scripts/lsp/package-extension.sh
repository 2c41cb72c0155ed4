#!/usr/bin/env bash
# Builds the VS Code extension offline: installs the client's npm packages (npm ci), type-checks and bundles it with
# esbuild, publishes `checker` (framework-dependent) into vscode-client/server/, and packages vscode-client/checker.vsix.
set -euo pipefail
cd "$(dirname "$0")/../../vscode-client"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  npm ci --no-audit --no-fund
fi
npm run package
echo "packaged $(pwd)/checker.vsix"

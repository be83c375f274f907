'use strict';
// `cdk-connect-routing/local`: the programmatic entry of the local emulator and deploy (types: local.d.ts).
// The implementation lives in the command-line tool's bundle.
const { startLocalConnect } = require('./assets/cli/index.js');

module.exports = { startLocalConnect };

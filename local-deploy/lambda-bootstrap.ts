/**
 * The script a fresh `node` process runs for one invocation, standing in for the Lambda Node.js runtime: it
 * loads the handler from the code folder, calls it with the event (read from stdin) and a context whose
 * remaining time counts down to the function's timeout, and writes the outcome as JSON to file descriptor 3
 * (stdout and stderr stay the function's logs). It exits as soon as the handler settles, as Lambda freezes
 * the sandbox then.
 *
 * argv: codeDirectory, handler (`file.export`), deadline (epoch ms), function name, memory size, function ARN, request id.
 */
export const LAMBDA_BOOTSTRAP = `
const fs = require('fs');
const path = require('path');
const [codeDirectory, handlerSpec, deadline, functionName, memorySize, functionArn, requestId] = process.argv.slice(1);
(async () => {
  let outcome;
  try {
    const dot = handlerSpec.lastIndexOf('.');
    const modulePath = path.join(codeDirectory, handlerSpec.slice(0, dot));
    let loaded;
    try {
      loaded = require(modulePath);
    } catch (error) {
      if (error && error.code === 'ERR_REQUIRE_ESM') loaded = await import(require('url').pathToFileURL(require.resolve(modulePath)).href);
      else throw error;
    }
    const handler = loaded[handlerSpec.slice(dot + 1)];
    if (typeof handler !== 'function') {
      throw Object.assign(new Error(handlerSpec + ' is undefined or not exported'), { name: 'Runtime.HandlerNotFound' });
    }
    const context = {
      functionName, functionVersion: '$LATEST', invokedFunctionArn: functionArn, memoryLimitInMB: memorySize,
      awsRequestId: requestId, logGroupName: '/aws/lambda/' + functionName, logStreamName: 'local-deploy',
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => Math.max(0, Number(deadline) - Date.now()),
    };
    const event = JSON.parse(fs.readFileSync(0, 'utf8'));
    const value = await new Promise((resolve, reject) => {
      const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
      if (returned && typeof returned.then === 'function') returned.then(resolve, reject);
    });
    outcome = { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    console.error(error && error.stack ? error.stack : String(error));
    outcome = { ok: false, errorType: (error && error.name) || 'Error', errorMessage: (error && error.message) || String(error) };
  }
  fs.writeSync(3, JSON.stringify(outcome));
  process.exit(0);
})();
`;

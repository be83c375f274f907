import * as fs from 'fs';
import * as path from 'path';
import { TemplateError } from './errors';
import { Template } from './template';

/** One stack of a synthesized cloud assembly, with what the local deploy needs to run it. */
export interface AssemblyStack {
  /** The artifact id in manifest.json. */
  readonly artifactId: string;
  readonly stackName: string;
  readonly template: Template;
  /** From the artifact's environment; undefined when the stack is environment-agnostic. */
  readonly account?: string;
  readonly region?: string;
  /** Artifact ids of the stacks this one depends on. */
  readonly dependencies: readonly string[];
  /** A file asset's S3 object key (as `Code.S3Key` names it) → its folder or file in the assembly. */
  readonly assetPaths: ReadonlyMap<string, string>;
}

export interface CloudAssembly {
  readonly directory: string;
  /** Stacks in deployment order (each after the stacks it depends on). */
  readonly stacks: readonly AssemblyStack[];
}

interface ManifestArtifact {
  readonly type: string;
  readonly environment?: string;
  readonly displayName?: string;
  readonly dependencies?: string[];
  readonly properties?: { readonly templateFile?: string; readonly stackName?: string; readonly file?: string };
}

interface AssetManifest {
  readonly files?: Record<string, {
    readonly source: { readonly path?: string; readonly packaging?: string };
    readonly destinations: Record<string, { readonly objectKey: string }>;
  }>;
}

/**
 * Reads `manifest.json` of a cloud assembly (the `cdk.out` folder): the CloudFormation stacks, their templates
 * and the file assets their Lambda functions' code points at. Nested assemblies (stages) are read too.
 */
export function readCloudAssembly(directory: string): CloudAssembly {
  const stacks: AssemblyStack[] = [];
  collectStacks(path.resolve(directory), stacks);
  return { directory: path.resolve(directory), stacks: orderStacks(stacks) };
}

function collectStacks(directory: string, stacks: AssemblyStack[]): void {
  const manifestFile = path.join(directory, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new TemplateError(`No cloud assembly at ${directory}: manifest.json is missing (synthesize the app first)`);
  }
  const manifest = readJson(manifestFile) as { artifacts?: Record<string, ManifestArtifact> };
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    throw new TemplateError(`No cloud assembly at ${directory}: manifest.json is not a cloud assembly manifest (a JSON object), got: ${JSON.stringify(manifest)}`);
  }
  const artifacts = manifest.artifacts ?? {};
  const assetPaths = new Map<string, string>();
  for (const artifact of Object.values(artifacts)) {
    if (artifact.type !== 'cdk:asset-manifest' || !artifact.properties?.file) continue;
    const assets = readJson(path.join(directory, artifact.properties.file)) as AssetManifest;
    for (const asset of Object.values(assets.files ?? {})) {
      if (!asset.source.path) continue;
      for (const destination of Object.values(asset.destinations)) {
        assetPaths.set(destination.objectKey, path.join(directory, asset.source.path));
      }
    }
  }
  for (const [artifactId, artifact] of Object.entries(artifacts)) {
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties && 'directoryName' in artifact.properties) {
      collectStacks(path.join(directory, String((artifact.properties as { directoryName: string }).directoryName)), stacks);
      continue;
    }
    if (artifact.type !== 'aws:cloudformation:stack' || !artifact.properties?.templateFile) continue;
    const template = readJson(path.join(directory, artifact.properties.templateFile)) as Template;
    const [, account, region] = /^aws:\/\/([^/]+)\/(.+)$/.exec(artifact.environment ?? '') ?? [];
    stacks.push({
      artifactId,
      stackName: artifact.properties.stackName ?? artifactId,
      template,
      account: account === undefined || account.startsWith('unknown-') ? undefined : account,
      region: region === undefined || region.startsWith('unknown-') ? undefined : region,
      dependencies: artifact.dependencies ?? [],
      assetPaths,
    });
  }
}

/** A file of the assembly, parsed; a missing or malformed one is a `TemplateError` naming it. */
function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new TemplateError(`Cannot read ${file} of the cloud assembly: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TemplateError(`${file} of the cloud assembly is not valid JSON: ${(error as Error).message}`);
  }
}

function orderStacks(stacks: AssemblyStack[]): AssemblyStack[] {
  const byId = new Map(stacks.map((s) => [s.artifactId, s]));
  const ordered: AssemblyStack[] = [];
  const seen = new Set<string>();
  const visit = (stack: AssemblyStack) => {
    if (seen.has(stack.artifactId)) return;
    seen.add(stack.artifactId);
    for (const dependency of stack.dependencies) {
      const other = byId.get(dependency);
      if (other) visit(other);
    }
    ordered.push(stack);
  };
  stacks.forEach(visit);
  return ordered;
}

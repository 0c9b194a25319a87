import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../platform/config/app-config';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

type Manifest = Record<string, ManifestChunk>;

/** Every chunk a route needs before it can render: the entry's static imports plus the route chunk's. */
export function chunksFor(manifest: Manifest, routeSource: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  visit(routeSource);
  return [...seen].map((key) => manifest[key].file);
}

/** Gzip size in kB of the JavaScript the exam page loads when opened directly. */
export function examRouteGzipKb(clientDist = join(REPO_ROOT, 'client', 'dist')): { kb: number; files: string[] } | null {
  const manifestPath = join(clientDist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return null;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const route = Object.keys(manifest).find((key) => key.endsWith('modules/exams/views/AttemptView.vue'));
  if (!route) return null;
  const files = chunksFor(manifest, route).filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(clientDist, f))).length, 0);
  return { kb: Math.round((bytes / 1024) * 10) / 10, files };
}

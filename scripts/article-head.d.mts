import type { Plugin } from 'vite';
export function articleHead(root: string): Plugin;

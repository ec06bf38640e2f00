/// <reference types="vitest/config" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const apiProxyTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:8080';

// Server-sent events must reach the browser as they are written: no transformation by any
// intermediary, no Nagle delay, no idle timeout on the long-lived response.
function streamEventsUnbuffered(
  proxyRes: IncomingMessage,
  _req: IncomingMessage,
  res: ServerResponse,
): void {
  const contentType = proxyRes.headers['content-type'] ?? '';
  if (!contentType.startsWith('text/event-stream')) return;
  proxyRes.headers['cache-control'] = 'no-cache, no-transform';
  proxyRes.headers['x-accel-buffering'] = 'no';
  delete proxyRes.headers['content-length'];
  res.socket?.setNoDelay(true);
  res.socket?.setTimeout(0);
}

const apiProxy: Record<string, ProxyOptions> = {
  '/api': {
    target: apiProxyTarget,
    changeOrigin: false,
    timeout: 0,
    proxyTimeout: 0,
    configure(proxy) {
      proxy.on('proxyRes', streamEventsUnbuffered);
    },
  },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: apiProxy,
  },
  preview: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: apiProxy,
  },
  test: {
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});

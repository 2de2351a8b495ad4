/*
 * Runs sandboxed: it may require only 'electron', so the contract (plain data) is bundled in and
 * nothing else is imported. The renderer never sees ipcRenderer or an IPC event object.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createHostBridge } from './shared/contract';

contextBridge.exposeInMainWorld(
  'waypoint',
  createHostBridge({
    invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
    subscribe: (channel, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  }),
);

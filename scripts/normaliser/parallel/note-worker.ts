/**
 * The worker side of parallel parsing and cleaning: parses the notes the main thread sends, keeps
 * the records, reports each note's private addresses, and cleans the kept records once the main
 * thread sends the run-wide address numbering. The same pure stages as the sequential path.
 */
import { parentPort } from 'node:worker_threads';
import { cleanNotes } from '../clean/tree/index.ts';
import { notePrivateAddresses } from '../clean/tree/privacy.ts';
import type { NoteRecord } from '../model.ts';
import { parseNote } from '../parse/parse-note.ts';
import type { FromNoteWorker, NoteWorkerData, ToNoteWorker } from './protocol.ts';

/** Serve a note worker's messages until the main thread ends it. */
export function runNoteWorker({ data, assetPaths }: NoteWorkerData): void {
  const port = parentPort;
  if (!port) throw new Error('runNoteWorker: not in a worker thread');
  const post = (message: FromNoteWorker): void => port.postMessage(message);
  const records: NoteRecord[] = [];
  port.on('message', (message: ToNoteWorker) => {
    if (message.type === 'parse') {
      const record = parseNote(message.note);
      records.push(record);
      post({ type: 'parsed', path: record.source.path, addresses: notePrivateAddresses(record) });
    } else {
      post({ type: 'cleaned', records: cleanNotes(records, { assetPaths: new Set(assetPaths), data, privateAddresses: message.privateAddresses }) });
    }
  });
  post({ type: 'ready' });
}

// A loader worker thread (load-parallel.ts): reads its share of review version files with the loader's own
// per-file function and posts the results back. Bundled as dist/load-worker.mjs beside the CLI.
import {parentPort, workerData} from 'node:worker_threads';
import {serializeVersion} from './load-parallel';
import {loadReviewVersion, type VersionFile} from './load-review';

const {files} = workerData as {files: VersionFile[]};
parentPort!.postMessage(files.map((f) => serializeVersion(loadReviewVersion(f))));

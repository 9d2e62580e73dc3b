// Times the npm NLP peers on the same texts `analysis bench` extracts: node peers.mjs CORPUS.jsonl [peer...]
// Prints one JSON line per peer: {"peer", "articles", "words", "seconds", "words_per_s", "peak_rss_mb"}; each peer is
// warmed up on the first texts before its clock starts, as ours is.
// Words are whitespace-separated tokens of each article's text, counted the same way as the C# side.
// Each peer runs in its own child process (node peers.mjs CORPUS --one PEER) so peak memory is its own.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const [corpus, ...rest] = process.argv.slice(2);
if (!corpus) { console.error('usage: node peers.mjs CORPUS.jsonl [--one PEER | PEER...]'); process.exit(2); }
const peers = {
  'wink-nlp': () => {
    const winkNLP = require('wink-nlp');
    const model = require('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    // Tokens and named entities: what wink offers towards "who is mentioned".
    return text => { const doc = nlp.readDoc(text); doc.tokens().out(); doc.entities().out(); };
  },
  'compromise': () => {
    const nlp = require('compromise');
    // Full parse plus its people/places/organisations matchers.
    return text => { const doc = nlp(text); doc.people().out('array'); doc.places().out('array'); doc.organizations().out('array'); };
  },
};

const WARM_UP = 40;

function texts() {
  return readFileSync(corpus, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l).text ?? '');
}

function words(text) { const m = text.match(/\S+/g); return m ? m.length : 0; }

function peakRssMb() {
  const status = readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\s+(\d+)\s+kB/);
  return status ? Number(status[1]) / 1024 : null;
}

if (rest[0] === '--one') {
  const name = rest[1];
  const all = texts();
  const analyze = peers[name]();
  const count = all.reduce((n, t) => n + words(t), 0);
  // Warmed up before the clock as ours is (the C# side analyses and extracts 40 copies of a sample first): the first
  // WARM_UP texts, analysed once untimed, let V8 compile the peer's hot code.
  for (const t of all.slice(0, WARM_UP)) analyze(t);
  const start = process.hrtime.bigint();
  for (const t of all) analyze(t);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ peer: name, articles: all.length, words: count, seconds, words_per_s: count / seconds, peak_rss_mb: peakRssMb() }));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const name of rest.length ? rest : Object.keys(peers)) {
    if (!peers[name]) { console.error(`unknown peer ${name}`); process.exit(2); }
    process.stdout.write(execFileSync(process.execPath, ['--max-old-space-size=4096', self, corpus, '--one', name], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  }
}

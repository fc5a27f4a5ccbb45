// Heap snapshots through the DevTools protocol, and "what is new in B that was not in A" by kind:
// the objects a widget leaves behind after create/remove cycles (node ids are stable across
// snapshots of one page, as in DevTools' "objects allocated between snapshots" view).
async function snapshot(session) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const data = JSON.parse(chunks.join(''));
  const fields = data.snapshot.meta.node_fields;
  const types = data.snapshot.meta.node_types[0];
  const at = { type: fields.indexOf('type'), name: fields.indexOf('name'), id: fields.indexOf('id'), size: fields.indexOf('self_size') };
  const nodes = [];
  for (let i = 0; i < data.nodes.length; i += fields.length) {
    nodes.push({ type: types[data.nodes[i + at.type]], name: data.strings[data.nodes[i + at.name]], id: data.nodes[i + at.id], size: data.nodes[i + at.size] });
  }
  return nodes;
}

const kindOf = ({ type, name }) => {
  if (/string/.test(type)) return 'string';
  if (type === 'object' || type === 'closure' || type === 'native') return `${type} ${name.split(/[\s/]/)[0] || '(anonymous)'}`;
  return type;
};

/** Runs `work` between two snapshots; returns the new objects grouped by kind, largest first. */
export async function newObjectsDuring(session, work, limit = 8) {
  const before = await snapshot(session);
  await work();
  const after = await snapshot(session);
  const seen = new Set(before.map((n) => n.id));
  const groups = new Map();
  let total = 0;
  for (const node of after) {
    // JavaScript objects only (what JSHeapUsedSize counts): not Blink's C++ heap, not compiled code
    if (seen.has(node.id) || ['synthetic', 'hidden', 'native', 'code', 'object shape'].includes(node.type)) continue;
    const kind = kindOf(node);
    const group = groups.get(kind) ?? { kind, count: 0, bytes: 0, samples: [] };
    group.count += 1;
    group.bytes += node.size;
    if (kind === 'string' && group.samples.length < 3) group.samples.push(node.name.slice(0, 40));
    groups.set(kind, group);
    total += node.size;
  }
  return { totalBytes: total, groups: [...groups.values()].sort((a, b) => b.bytes - a.bytes).slice(0, limit) };
}

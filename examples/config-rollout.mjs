// Rolling a fragment revision out, as a script: node examples/config-rollout.mjs <fragmentId> <revision> [tag] [minimum viam-server version]
// Credentials of an organization owner in KEY_ID / KEY; the gateway at FLEETGRAPH_URL (default the local one).
const [fragmentId, revision, tag = 'stable', minimum = '0.0.0'] = process.argv.slice(2);
const endpoint = process.env.FLEETGRAPH_URL ?? 'http://127.0.0.1:4000/graphql';
const headers = { 'content-type': 'application/json', 'x-viam-api-key-id': process.env.KEY_ID, 'x-viam-api-key': process.env.KEY };

async function graphql(query, variables) {
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const { data, errors } = await response.json();
  if (errors) throw new Error(JSON.stringify(errors, null, 2));
  return data;
}

// One request: point the tag at the revision, then read, through the tagged fragment, every machine of its
// organization with the fragments it resolves (revision, error) and its parts' viam-server versions.
const { setFragmentTag: fragment } = await graphql(
  `mutation Rollout($fragment: ID!, $tag: String!, $revision: String!) {
    setFragmentTag(fragmentId: $fragment, tag: $tag, revision: $revision) {
      id
      name
      tags { tag revision }
      usage { version machines }
      organization {
        robots {
          name
          resolvedFragments { fragmentId revision error { type detail } }
          parts {
            name
            viamServerVersion
          }
        }
      }
    }
  }`,
  { fragment: fragmentId, tag, revision },
);
console.log(`${fragment.name}: ${fragment.tags.map((t) => `${t.tag}=${t.revision}`).join(', ')}`);
for (const use of fragment.usage) console.log(`  pinned to ${use.version ?? 'latest'}: ${use.machines} machine(s)`);

// The machines that use the fragment (directly or nested), at which revision, with what error.
const older = (version) => {
  const [a, b] = [version, minimum].map((v) => v.replace(/^v/, '').split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
};
for (const robot of fragment.organization.robots) {
  const resolved = robot.resolvedFragments.find((r) => r.fragmentId === fragment.id);
  if (!resolved) continue;
  const errors = robot.resolvedFragments.filter((r) => r.error).map((r) => `${r.error.type} (${r.error.detail})`);
  const state = [resolved.revision ? `revision ${resolved.revision}` : 'unresolved', ...errors].join('; ');
  const stale = robot.parts.filter((p) => !p.viamServerVersion || older(p.viamServerVersion));
  const parts = stale.map((p) => `${p.name} (${p.viamServerVersion ?? 'unknown'})`).join(', ');
  console.log(`${robot.name}: ${state}${parts ? `; viam-server older than ${minimum} or unknown: ${parts}` : ''}`);
}

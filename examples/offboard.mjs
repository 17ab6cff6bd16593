// Offboarding a person from an organization, as a script: node examples/offboard.mjs <organizationId> <email>
// Credentials of an organization owner in KEY_ID / KEY; the gateway at FLEETGRAPH_URL (default the local one).
const [organizationId, email] = process.argv.slice(2);
const endpoint = process.env.FLEETGRAPH_URL ?? 'http://127.0.0.1:4000/graphql';
const headers = { 'content-type': 'application/json', 'x-viam-api-key-id': process.env.KEY_ID, 'x-viam-api-key': process.env.KEY };

async function graphql(query, variables) {
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const { data, errors } = await response.json();
  if (errors) throw new Error(JSON.stringify(errors, null, 2));
  return data;
}

// 1. One query: who the person is, the roles they hold, the keys named after them, and every location's secrets.
const { organization } = await graphql(
  `query Offboarding($org: ID!) {
    organization(id: $org) {
      members { userId emails }
      authorizations { identityId authorizationId resourceType resourceId }
      apiKeys { id name authorizations { role resourceType resourceId } }
      locations { id name parent { id } auth { secrets { id } } }
    }
  }`,
  { org: organizationId },
);
const member = organization.members.find((m) => m.emails.includes(email));
if (!member) throw new Error(`${email} is not a member of ${organizationId}`);
const roles = organization.authorizations.filter((a) => a.identityId === member.userId);
// Viam does not tie keys to people: this finds keys by the naming convention only, and a key its
// holder renamed escapes it. Review `apiKeys` for keys with roles the person could create.
const keys = organization.apiKeys.filter((k) => k.name.includes(email));
// Secrets are for owners: an organization owner knew every location's, a location owner its own and those nested in it.
const ownedLocations = new Set(roles.filter((r) => r.authorizationId === 'location_owner').map((r) => r.resourceId));
const knew = (location) =>
  roles.some((r) => r.authorizationId === 'organization_owner') ||
  ownedLocations.has(location.id) ||
  (location.parent !== null && ownedLocations.has(location.parent.id));
const locations = organization.locations.filter(knew);
// A renamed key still stops working: rotate every other key owning a location the person owned
// (its legitimate holders fetch the new secret from an owner).
const ownerKeys = organization.apiKeys.filter(
  (k) => !keys.includes(k) && k.authorizations.some((a) => a.role === 'OWNER' && a.resourceType === 'LOCATION' && locations.some((l) => l.id === a.resourceId)),
);
console.log(`${email}: ${roles.length} role(s), ${keys.length} key(s), secrets of ${locations.length} location(s), ${ownerKeys.length} location owner key(s) to rotate`);

// 2. One mutation, run top to bottom: remove the member (and their roles), delete their keys, rotate
//    the keys owning their locations, then give each location they knew a new secret before deleting the old ones.
const fields = [`member: deleteOrganizationMember(organizationId: $org, userId: $user)`];
keys.forEach((key, i) => fields.push(`key${i}: deleteKey(id: ${JSON.stringify(key.id)})`));
ownerKeys.forEach((key, i) => fields.push(`rotated${i}: rotateKey(id: ${JSON.stringify(key.id)}) { id }`));
locations.forEach((location, i) => {
  fields.push(`new${i}: createLocationSecret(locationId: ${JSON.stringify(location.id)}) { secrets { id } }`);
  location.auth.secrets.forEach((secret, j) => {
    fields.push(`old${i}_${j}: deleteLocationSecret(locationId: ${JSON.stringify(location.id)}, secretId: ${JSON.stringify(secret.id)})`);
  });
});
const done = await graphql(`mutation Offboard($org: ID!, $user: ID!) {\n  ${fields.join('\n  ')}\n}`, { org: organizationId, user: member.userId });
console.log(`done: ${Object.keys(done).length} changes`);

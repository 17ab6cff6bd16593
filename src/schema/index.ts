/** The whole schema: the builder plus every domain file. */
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './organization.ts';
import './location.ts';
import './robot.ts';
import './part.ts';
import './logs.ts';
import './live-logs.ts';
import './role.ts';
import './member.ts';
import './permission.ts';
import './fragment.ts';
import './module.ts';
import './registry.ts';
import './organization-admin.ts';
import './sharing.ts';
import './api-key.ts';
import './fragment-versions.ts';
import './machine-fragments.ts';
import './metadata.ts';
import './machine-summary.ts';
import './machine-status.ts';

export const schema = builder.toSchema({ sortSchema: true });

/**
 * Constants and small fixture builders that several tests use: each is defined once here, so
 * the tests cannot drift apart.
 */

/** A well-formed id (a UUID) that names nothing in any fleet database. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

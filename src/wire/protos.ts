/**
 * Loads the .proto contracts in proto/ once, with the options both sides of the wire use:
 * snake_case field names as in Viam's protos, enums as their names, 64-bit integers as numbers,
 * defaults filled in, and the `oneof` discriminator as a virtual field.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as protoLoader from '@grpc/proto-loader';
import * as grpc from '@grpc/grpc-js';
import type { ProtoGrpcType as AppProto } from '../generated/app.ts';
import type { ProtoGrpcType as RobotProto } from '../generated/robot.ts';
import type { ProtoGrpcType as AuthProto } from '../generated/auth.ts';

export const PROTO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../proto');
export const PROTO_FILES = ['app/v1/app.proto', 'app/v1/robot.proto', 'proto/rpc/v1/auth.proto'];

export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

type Proto = AppProto & RobotProto & AuthProto;

let loaded: Proto | undefined;

/** The loaded package tree: `protos().viam.app.v1.AppService`, `protos().proto.rpc.v1.AuthService`, ... */
export function protos(): Proto {
  if (!loaded) {
    const definition = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
    loaded = grpc.loadPackageDefinition(definition) as unknown as Proto;
  }
  return loaded;
}

export const APP_SERVICE = 'viam.app.v1.AppService';
export const ROBOT_SERVICE = 'viam.app.v1.RobotService';
export const AUTH_SERVICE = 'proto.rpc.v1.AuthService';

/** 32 MiB, Viam's own message limit (grpc-js defaults to 4 MiB for receiving). */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

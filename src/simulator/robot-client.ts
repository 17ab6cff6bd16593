/**
 * The simulator's only gRPC code: robot parts calling `viam.app.v1.RobotService` the way
 * viam-server does, each authenticated with its part id and part secret. All robots share one
 * channel; each call carries its own part's token.
 */
import * as grpc from '@grpc/grpc-js';
import { protos, MAX_MESSAGE_BYTES } from '../wire/protos.ts';
import type { UpstreamTarget } from '../upstream/target.ts';
import { channelCredentials } from '../upstream/tls.ts';
import type { LogEntry } from '../generated/viam/common/v1/LogEntry.ts';
import type { RobotConfig__Output } from '../generated/viam/app/v1/RobotConfig.ts';
import type { AgentInfo } from '../generated/viam/app/v1/AgentInfo.ts';

type GrpcClient = grpc.Client & Record<string, (...args: any[]) => grpc.ClientUnaryCall>;

const CALL_DEADLINE_MS = 10_000;

/** One connection to the fleet server, shared by every simulated robot. */
export class RobotChannel {
  private readonly channel: grpc.Channel;
  readonly robotService: GrpcClient;
  readonly authService: GrpcClient;

  constructor(target: UpstreamTarget) {
    const credentials = channelCredentials(target);
    const options: grpc.ChannelOptions = {
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    };
    this.channel = new grpc.Channel(target.address, credentials, options);
    const shared = { ...options, channelOverride: this.channel };
    const p = protos();
    this.robotService = new p.viam.app.v1.RobotService(target.address, credentials, shared) as unknown as GrpcClient;
    this.authService = new p.proto.rpc.v1.AuthService(target.address, credentials, shared) as unknown as GrpcClient;
  }

  robot(partId: string, secret: string): RobotClient {
    return new RobotClient(this, partId, secret);
  }

  close(): void {
    this.robotService.close();
    this.authService.close();
    this.channel.close();
  }
}

function unary<Res>(client: GrpcClient, method: string, request: object, metadata: grpc.Metadata): Promise<Res> {
  return new Promise((resolve, reject) => {
    client[method]!(request, metadata, { deadline: Date.now() + CALL_DEADLINE_MS }, (error: grpc.ServiceError | null, response: Res) =>
      error ? reject(error) : resolve(response),
    );
  });
}

export const isUnauthenticated = (error: unknown) => (error as grpc.ServiceError | undefined)?.code === grpc.status.UNAUTHENTICATED;
/** The part no longer exists (deleted while the simulator runs): no point in calling again. */
export const isPartGone = (error: unknown) => (error as grpc.ServiceError | undefined)?.code === grpc.status.NOT_FOUND;

/** A short description of a failed call, without credentials. */
export function describeCallError(error: unknown): string {
  const e = error as grpc.ServiceError;
  if (typeof e?.code === 'number') return `${grpc.status[e.code]}: ${e.details}`;
  return error instanceof Error ? error.message : String(error);
}

/** RobotService as one part: Config, Log, NeedsRestart, with the part's token (renewed when refused). */
export class RobotClient {
  private token: Promise<string> | null = null;

  constructor(
    private readonly channel: RobotChannel,
    readonly partId: string,
    private readonly secret: string,
  ) {}

  private authenticate(): Promise<string> {
    // Never an authorization header on Authenticate: Viam refuses it.
    const request = { entity: this.partId, credentials: { type: 'robot-secret', payload: this.secret } };
    return unary<{ access_token: string }>(this.channel.authService, 'Authenticate', request, new grpc.Metadata()).then((r) => r.access_token);
  }

  private async call<Res>(method: string, request: object): Promise<Res> {
    for (let attempt = 0; ; attempt++) {
      this.token ??= this.authenticate();
      const token = this.token;
      const metadata = new grpc.Metadata();
      try {
        metadata.set('authorization', `Bearer ${await token}`);
        return await unary<Res>(this.channel.robotService, method, request, metadata);
      } catch (error) {
        // A failed exchange or an expired token: exchange again on the next call.
        if (this.token === token) this.token = null;
        if (attempt === 0 && isUnauthenticated(error)) continue;
        throw error;
      }
    }
  }

  /** Config, reporting what the robot runs on as viam-server does on every call. */
  async config(agentInfo?: AgentInfo): Promise<RobotConfig__Output> {
    const response = await this.call<{ config: RobotConfig__Output }>('Config', { id: this.partId, ...(agentInfo ? { agent_info: agentInfo } : {}) });
    return response.config;
  }

  async log(entries: LogEntry[]): Promise<void> {
    await this.call('Log', { id: this.partId, logs: entries });
  }

  /** Whether the part was marked for restart, and when to ask again. */
  async needsRestart(): Promise<{ mustRestart: boolean; checkAgainMs: number | null }> {
    const response = await this.call<{ must_restart: boolean; restart_check_interval: { seconds: number; nanos: number } | null }>(
      'NeedsRestart',
      { id: this.partId },
    );
    const interval = response.restart_check_interval;
    const checkAgainMs = interval ? Number(interval.seconds) * 1000 + Math.floor(interval.nanos / 1e6) : null;
    return { mustRestart: response.must_restart, checkAgainMs: checkAgainMs || null };
  }
}

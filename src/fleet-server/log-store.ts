/** Stored robot log entries: what `RobotService/Log` writes and the log RPCs read. */

/** A row of the `logs` table. `seq` orders entries of all parts and never repeats. */
export interface StoredLogEntry {
  seq: number;
  part_id: string;
  time_ms: number;
  time_nanos: number;
  level: string;
  logger_name: string;
  message: string;
  host: string;
  caller: string | null;
  stack: string;
  fields: string;
}

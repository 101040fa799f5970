import { CliError } from './cli-error';

export interface CookiesArgs {
  source: string;
  policy: string | undefined;
  json: boolean;
  stdin: NodeJS.ReadableStream;
}

/** `cookies`: classify a cookie export, optionally against a policy (wired to lib/cookies). */
export async function runCookies(_args: CookiesArgs): Promise<string> {
  throw new CliError('the cookies command is not available yet', 2);
}

import { createInterface } from 'node:readline';

/**
 * The new password: from TAVOITEVAHTI_PASSWORD when set (scripts), else asked twice on the terminal without
 * echoing it, else the first line of standard input (`echo … | npm run server:create-admin …`).
 */
export async function readNewPassword(): Promise<string> {
  const fromEnv = process.env.TAVOITEVAHTI_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await askHidden('Salasana / Password: ');
  const second = await askHidden('Uudelleen / Again: ');
  if (first !== second) throw new Error('Salasanat eivät täsmää. / The passwords do not match.');
  return first;
}

function askHidden(prompt: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const writable = rl as unknown as { _writeToOutput: (text: string) => void; output: NodeJS.WriteStream };
  let prompted = false;
  writable._writeToOutput = (text: string) => {
    if (!prompted) {
      writable.output.write(text);
      prompted = true;
    }
  };
  return new Promise((resolve) =>
    rl.question(prompt, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    }),
  );
}

async function firstLineOfStdin(): Promise<string> {
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return '';
}

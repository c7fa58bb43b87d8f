// npm run server:create-admin -- --username NAME --name "Full Name" [--title "…"]
// npm run server:set-password -- --username NAME
// The password comes from TAVOITEVAHTI_PASSWORD, the terminal (not echoed) or standard input.
import { parseArgs } from 'node:util';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { setPersonPassword } from '../auth/person-password';
import { readServerConfig } from '../config';
import { openServerStorage } from '../storage/open-storage';
import { UsernameTakenError, type ServerStorage } from '../storage/server-storage';
import { readNewPassword } from './read-password';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/i;

async function createAdmin(storage: ServerStorage, values: { username?: string; name?: string; title?: string }) {
  const { username, name } = values;
  if (!username || !USERNAME.test(username)) throw new Error('Anna --username: 2–64 merkkiä, kirjaimia, numeroita, piste, viiva tai alaviiva.');
  if (!name?.trim()) throw new Error('Anna --name "Etunimi Sukunimi".');
  if (await storage.getCredentialByUsername(username)) throw new Error(`Käyttäjätunnus ${username} on jo käytössä.`);
  const password = await checkedPassword();
  const existing = await storage.getUser(username);
  const user = { ...(existing ?? {}), id: username, name: name.trim(), title: values.title?.trim() || 'Pääkäyttäjä', role: 'admin' as const };
  await storage.putUser(user);
  await storage.putCredential({ userId: user.id, username, passwordHash: await hashPassword(password) });
  console.log(`Pääkäyttäjä ${user.name} (${username}) luotu. / Administrator created.`);
}

/** For when nobody can sign in to set it on the Users page; `--username` is a username or a person's id. */
async function setPassword(storage: ServerStorage, { username }: { username?: string }) {
  if (!username) throw new Error('Anna --username (henkilön tunnus, esim. katri-kalske).');
  const credential = await storage.getCredentialByUsername(username);
  const user = await storage.getUser(credential?.userId ?? username);
  if (!user) throw new Error(`Henkilöä ${username} ei ole. Lisää hänet ensin Käyttäjät-sivulla.`);
  const password = await checkedPassword();
  const signsInAs = await setPersonPassword(storage, user.id, password);
  console.log(`Salasana asetettu: ${user.name} (${signsInAs}). / Password set.`);
}

async function checkedPassword(): Promise<string> {
  const password = await readNewPassword();
  const problem = passwordProblem(password);
  if (problem) throw new Error(problem);
  return password;
}

async function main() {
  const [command = '', ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { username: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' } },
  });
  const config = readServerConfig();
  const storage = await openServerStorage({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  try {
    if (command === 'create-admin') await createAdmin(storage, values);
    else if (command === 'set-password') await setPassword(storage, values);
    else throw new Error(`Unknown command "${command}": create-admin or set-password.`);
  } finally {
    await storage.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof UsernameTakenError ? `Käyttäjätunnus ${error.username} on jo käytössä.` : error instanceof Error ? error.message : error);
  process.exit(1);
});

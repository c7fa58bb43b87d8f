import { testServices, testSessionFor } from '../mocks/node';
import { useSessionStore } from '../src/api/session-store';

/** Signs `userId` in on the test server and in the app, as the sign-in page would. */
export async function signInForTest(userId: string): Promise<void> {
  const token = await testSessionFor(userId);
  const session = await testServices.auth.currentSession(`Bearer ${token}`);
  const { user } = session.body as { user: Parameters<ReturnType<typeof useSessionStore.getState>['signedIn']>[0]['user'] };
  useSessionStore.getState().signedIn({ token, user });
}

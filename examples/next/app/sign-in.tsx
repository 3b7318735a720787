'use client';
import { useEffect, useRef, useState } from 'react';
import type { AuthSignedInDetail } from 'auth-sign-in';
// Registers <auth-sign-in> in the browser (on the server it only defines the class) and types it in JSX.
import 'auth-sign-in';

export function SignIn() {
  const widget = useRef<HTMLElementTagNameMap['auth-sign-in']>(null);
  const [user, setUser] = useState<string>();

  useEffect(() => {
    const element = widget.current!;
    const onSignedIn = ({ detail }: CustomEvent<AuthSignedInDetail>) => setUser(detail.loginId ?? detail.username);
    // React does not attach a custom element's on* props while it hydrates: listen here, then let the widget start.
    element.addEventListener('auth-signed-in', onSignedIn);
    element.removeAttribute('defer-hydration');
    return () => element.removeEventListener('auth-signed-in', onSignedIn);
  }, []);

  return (
    <>
      {user && <p data-testid="signed-in-user">Signed in as {user}</p>}
      {/* defer-hydration: the server's markup stays as it is until React has hydrated it. */}
      <auth-sign-in
        ref={widget}
        defer-hydration
        user-pool-id="us-east-1_localdemo"
        user-pool-client-id="localdemoclient0000000000"
        user-pool-endpoint="http://localhost:9321"
      />
    </>
  );
}

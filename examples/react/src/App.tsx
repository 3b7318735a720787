import { useState } from 'react';

export default function App() {
  const [user, setUser] = useState<string>();
  return (
    <main>
      {user && <p data-testid="signed-in-user">Signed in as {user}</p>}
      <auth-sign-in
        user-pool-id="us-east-1_localdemo"
        user-pool-client-id="localdemoclient0000000000"
        user-pool-endpoint="http://localhost:9321"
        onauth-signed-in={(event) => setUser(event.detail.loginId ?? event.detail.username)}
        onauth-signed-out={() => setUser(undefined)}
      />
      {user && (
        <auth-account
          user-pool-id="us-east-1_localdemo"
          user-pool-client-id="localdemoclient0000000000"
          user-pool-endpoint="http://localhost:9321"
        />
      )}
    </main>
  );
}

// The comparison page: AWS's own React Authenticator with the same (fake, local) user pool.
import { createRoot } from 'react-dom/client';
import { Amplify } from 'aws-amplify';
import { Authenticator } from '@aws-amplify/ui-react';

Amplify.configure({
  Auth: {
    Cognito: {
      userPoolId: 'us-east-1_localdemo',
      userPoolClientId: 'localdemoclient0000000000',
      userPoolEndpoint: 'http://localhost:9229/',
    },
  },
});

createRoot(document.getElementById('root')).render(
  <Authenticator>
    {({ signOut, user }) => (
      <main>
        <p data-testid="signed-in">Signed in as {user?.username}</p>
        <button onClick={signOut}>Sign out</button>
      </main>
    )}
  </Authenticator>,
);

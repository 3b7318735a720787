import { SignIn } from './sign-in';

// A server component: the widget's markup comes in the server's HTML, and the client component takes over.
export default function Page() {
  return (
    <main>
      <h1>auth-sign-in · Next.js</h1>
      <SignIn />
    </main>
  );
}

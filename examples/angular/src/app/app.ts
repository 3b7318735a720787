import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { AuthSignedInDetail } from 'auth-sign-in';
import 'auth-sign-in';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <h1>auth-sign-in · Angular</h1>
    @if (user(); as user) {
      <p data-testid="signed-in-user">Signed in as {{ user }}</p>
    }
    <auth-sign-in
      user-pool-id="us-east-1_localdemo"
      user-pool-client-id="localdemoclient0000000000"
      user-pool-endpoint="http://localhost:9321"
      (auth-signed-in)="onSignedIn($event)"
    ></auth-sign-in>
  `,
})
export class App {
  readonly user = signal<string | null>(null);

  onSignedIn({ detail }: CustomEvent<AuthSignedInDetail>) {
    this.user.set(detail.loginId ?? detail.username);
  }
}

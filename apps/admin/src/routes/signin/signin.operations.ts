import { graphql } from '../../gql';

// The session token goes into an httpOnly cookie; the answer only says until when it lasts.
export const SignInDocument = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      expiresAt
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

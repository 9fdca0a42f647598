import { graphql } from 'relay-runtime';

// The sign-in page sends this mutation without Relay (see SignInPage); it is written here so
// relay-compiler checks it against the schema and writes the artifact the page imports.
export default graphql`
  mutation signInMutation($input: LoginInput!) {
    login(input: $input) {
      account {
        role
        mustChangePassword
      }
    }
  }
`;

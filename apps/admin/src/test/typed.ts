// Mocked API answers typed with the operations' generated results (src/gql, from the API's schema),
// plus the __typename the cache needs: a mock with a field the API does not send, or without one it
// does, fails `pnpm typecheck` instead of passing a test the real API would fail.
export type MockResult<T> = T extends readonly (infer U)[]
  ? readonly MockResult<U>[]
  : T extends object
    ? { [K in keyof T]: MockResult<T[K]> } & { __typename?: string }
    : T;
